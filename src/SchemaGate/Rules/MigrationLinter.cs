using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules.DataLoss;
using SchemaGate.Rules.Locking;

namespace SchemaGate.Rules;

/// <summary>
/// Runs the static SG2xx and SG3xx rules over every up script of a migration set. Down scripts are not linted:
/// they are destructive by nature and run only on rollback.
/// </summary>
public static class MigrationLinter
{
    /// <summary>Every static rule, one instance each (they hold no state).</summary>
    public static IReadOnlyList<IMigrationRule> Rules { get; } =
    [
        new DropTableRule(), new DropColumnRule(), new DropSchemaRule(), new DropDatabaseRule(), new TruncateRule(),
        new DeleteWithoutWhereRule(), new UpdateWithoutWhereRule(), new AlterColumnTypeRule(), new DropSequenceRule(),
        new DropTypeRule(), new DropFunctionRule(),
        new CreateIndexRule(), new DropIndexRule(), new ConcurrentlyInTransactionRule(), new ForeignKeyNotValidRule(),
        new CheckNotValidRule(), new ValidateInSameScriptRule(), new SetNotNullRule(), new VolatileDefaultRule(),
        new UniqueWithoutIndexRule(), new RenameRule(), new RewriteMaintenanceRule(), new BeginWithoutCommitRule(),
        new JsonTypeRule(),
    ];

    public static IReadOnlyList<Finding> Lint(MigrationSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var findings = new List<Finding>();
        foreach (var script in set.Scripts)
        {
            if (script.IsDown) continue;
            findings.AddRange(Lint(script));
        }
        return findings;
    }

    /// <summary>The findings of one script, ordered by line and column.</summary>
    public static IReadOnlyList<Finding> Lint(MigrationScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var ctx = new ScriptContext(script);
        var findings = new List<Finding>();
        foreach (var rule in Rules) findings.AddRange(rule.Check(ctx));
        findings.Sort(static (a, b) => (a.Line ?? 0) != (b.Line ?? 0) ? (a.Line ?? 0).CompareTo(b.Line ?? 0)
            : (a.Column ?? 0) != (b.Column ?? 0) ? (a.Column ?? 0).CompareTo(b.Column ?? 0)
            : string.CompareOrdinal(a.RuleId, b.RuleId));
        return findings;
    }
}
