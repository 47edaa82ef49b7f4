using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG206: DELETE with no WHERE of its own (the main command or a data-modifying CTE).</summary>
public sealed class DeleteWithoutWhereRule : StatementRule
{
    public static Rule Definition { get; } = new("SG206", RuleFamily.DataLoss, "DELETE without WHERE", Severity.Error,
        "A DELETE has no WHERE clause and removes every row of the table.",
        "Add a WHERE clause that names the rows to remove; for large tables delete in batches.") { Effects = RuleEffects.DeletesRows, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["delete", "with", "prepare", "explain", "create"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (Dml.Commands(statement, "delete") is not { } commands) return;
        var t = statement.Tokens;
        foreach (var (verb, end) in commands)
        {
            if (!Dml.TryReadTarget(t, verb, out var table, out var after)) continue;
            if (t.IndexOfTopLevelWord("where", after, end) >= 0 || ctx.IsNewTable(table, statement.Index)) continue;
            found.Add(ctx.Report(Rule,
                $"DELETE FROM {table} has no WHERE clause and deletes every row.",
                statement, table.ToString(), t[verb]));
        }
    }
}
