using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG206: DELETE with no WHERE of its own (the main command or a data-modifying CTE).</summary>
public sealed class DeleteWithoutWhereRule : StatementRule
{
    public override Rule Rule => DataLossRules.DeleteWithoutWhere;

    public override IReadOnlyList<string> FirstWords => ["delete", "with"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (Dml.Commands(statement, "delete") is not { } commands) return;
        var t = statement.Tokens;
        foreach (var (verb, end) in commands)
        {
            if (!Dml.TryReadTarget(t, verb, out var table, out var after)) continue;
            if (t.IndexOfTopLevelWord("where", after, end) >= 0 || ctx.IsNewTable(table, statement.Index)) continue;
            found.Add(ctx.Report(Rule,
                $"DELETE FROM {table} has no WHERE clause and deletes every row. Add a WHERE clause naming the rows to remove (in batches for large tables).",
                statement, table.ToString(), t[verb]));
        }
    }
}
