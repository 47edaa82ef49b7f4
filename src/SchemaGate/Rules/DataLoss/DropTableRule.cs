using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG201: DROP TABLE of a table the script did not create itself.</summary>
public sealed class DropTableRule : StatementRule
{
    public override Rule Rule => DataLossRules.DropTable;

    public override IReadOnlyList<string> FirstWords => ["drop"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (DropStatement.TryParse(statement, "table") is not { } drop) return;
        foreach (var (name, at) in drop.Objects)
        {
            if (ctx.IsNewTable(name, statement.Index)) continue;
            var cascade = drop.Cascade ? " CASCADE also drops the views and foreign keys that depend on it." : "";
            found.Add(ctx.Report(Rule,
                $"DROP TABLE {name} deletes the table and all its rows.{cascade} Stop using it first, keep a backup, and allow the drop with a reason once nothing reads it.",
                statement, name.ToString(), at));
        }
    }
}
