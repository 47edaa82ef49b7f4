using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG207: UPDATE with no WHERE of its own (the main command or a data-modifying CTE).</summary>
public sealed class UpdateWithoutWhereRule : StatementRule
{
    public static Rule Definition { get; } = new("SG207", RuleFamily.DataLoss, "UPDATE without WHERE", Severity.Error,
        "An UPDATE has no WHERE clause and overwrites a column in every row of the table.",
        "Add a WHERE clause (for a backfill: WHERE col IS NULL, in batches by key range).") { Effects = RuleEffects.OverwritesRows, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["update", "with", "prepare", "explain", "create"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (Dml.Commands(statement, "update") is not { } commands) return;
        var t = statement.Tokens;
        foreach (var (verb, end) in commands)
        {
            if (!Dml.TryReadTarget(t, verb, out var table, out var after)) continue;
            if (t.IndexOfTopLevelWord("where", after, end) >= 0 || ctx.IsNewTable(table, statement.Index)) continue;
            found.Add(ctx.Report(Rule,
                $"UPDATE {table} has no WHERE clause and overwrites every row.",
                statement, table.ToString(), t[verb]));
        }
    }
}
