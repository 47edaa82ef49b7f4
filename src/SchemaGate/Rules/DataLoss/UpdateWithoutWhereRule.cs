using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG207: UPDATE with no top-level WHERE.</summary>
public sealed class UpdateWithoutWhereRule : StatementRule
{
    public override Rule Rule => DataLossRules.UpdateWithoutWhere;

    public override IReadOnlyList<string> FirstWords => ["update", "with"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var verb = Dml.MainCommand(statement, "update");
        if (verb < 0 || !Dml.TryReadTarget(statement.Tokens, verb, out var table, out var after)) return;
        if (statement.Tokens.IndexOfTopLevelWord("where", after, statement.Tokens.Count) >= 0 || ctx.IsNewTable(table, statement.Index)) return;
        found.Add(ctx.Report(Rule,
            $"UPDATE {table} has no WHERE clause and overwrites every row. Add a WHERE clause (for a backfill: WHERE col IS NULL, in batches by key range).",
            statement, table.ToString(), statement.Tokens[verb]));
    }
}
