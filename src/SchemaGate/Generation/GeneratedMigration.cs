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
    /// <summary>How long planning (with rendering and linting) and validation took, beyond reading the two schemas.</summary>
    public GenerationTimings Timings { get; init; } = new(TimeSpan.Zero, TimeSpan.Zero);

    public bool HasChanges => !Plan.IsEmpty;

    /// <summary>Every rule some statement triggers, with how many statements trigger it.</summary>
    public IReadOnlyList<(string RuleId, Findings.Severity Severity, int Statements)> Rules =>
        Annotations.Values.SelectMany(a => a).GroupBy(a => a.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Severity, g.Count())).ToList();
}

/// <summary>Planning, rendering and linting; validating on the copy (copy, apply, snapshot, compare).</summary>
public sealed record GenerationTimings(TimeSpan Generation, TimeSpan Validation);
