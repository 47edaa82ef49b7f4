using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation;

/// <summary>
/// A migration generated and validated: the plan, the final scripts (header and rule annotations included), what
/// validation showed, and each statement's rules.
/// </summary>
public sealed record GeneratedMigration(
    string From,
    string To,
    MigrationPlan Plan,
    RenderedScripts Scripts,
    ValidationResult Validation,
    IReadOnlyDictionary<(ScriptPhase Phase, int Statement), IReadOnlyList<StatementAnnotation>> Annotations)
{
    public bool HasChanges => !Plan.IsEmpty;

    /// <summary>Every rule some statement triggers, with how many statements trigger it.</summary>
    public IReadOnlyList<(string RuleId, Findings.Severity Severity, int Statements)> Rules =>
        Annotations.Values.SelectMany(a => a).GroupBy(a => a.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Severity, g.Count())).ToList();
}
