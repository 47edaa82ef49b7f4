using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG202: ALTER TABLE ... DROP [COLUMN] of an existing table, once per dropped column (not one the change added).</summary>
public sealed class DropColumnRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG202", RuleFamily.DataLoss, "DROP COLUMN", Severity.Error,
        "The script drops a column of an existing table; its values are gone for every row.",
        "Stop reading and writing the column in the application first, copy the values elsewhere if they matter, then drop it with an allow directive.") { Effects = RuleEffects.RemovesObject, Impact = ImpactKind.Column };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var column = action.DroppedColumn();
        if (column < 0 || ctx.IsNewColumn(alter.Table, action.Tokens[column].Name(), statement.Index)) return;
        var obj = alter.Table.Member(action.Tokens[column].Name());
        found.Add(ctx.Report(Rule,
            $"DROP COLUMN {obj} deletes the column's value in every row.",
            statement, obj, action.First));
    }
}
