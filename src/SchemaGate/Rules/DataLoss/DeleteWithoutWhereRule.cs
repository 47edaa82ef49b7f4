using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG206: DELETE with no top-level WHERE.</summary>
public sealed class DeleteWithoutWhereRule : StatementRule
{
    public override Rule Rule => DataLossRules.DeleteWithoutWhere;

    public override IReadOnlyList<string> FirstWords => ["delete", "with"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var verb = Dml.MainCommand(statement, "delete");
        if (verb < 0 || !Dml.TryReadTarget(statement.Tokens, verb, out var table, out var after)) return;
        if (statement.Tokens.IndexOfTopLevelWord("where", after, statement.Tokens.Count) >= 0 || ctx.IsNewTable(table, statement.Index)) return;
        found.Add(ctx.Report(Rule,
            $"DELETE FROM {table} has no WHERE clause and deletes every row. Add a WHERE clause naming the rows to remove (in batches for large tables).",
            statement, table.ToString(), statement.Tokens[verb]));
    }
}
