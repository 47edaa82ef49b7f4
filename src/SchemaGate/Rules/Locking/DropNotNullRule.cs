using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG322: ALTER TABLE ... ALTER [COLUMN] c DROP NOT NULL on a column that existed before the change.</summary>
public sealed class DropNotNullRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG322", RuleFamily.Locking, "DROP NOT NULL on an existing column", Severity.Warning,
        "A column that was NOT NULL may now hold NULL: application code, reports and other services that read it assume a value and break on the first NULL written.",
        "Make every reader handle NULL first (deploy that), then drop the constraint; if writers only need to omit the column, give it a default instead.");

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var column = action.AlteredColumn();
        var t = action.Tokens;
        if (column < 0 || !t.IsWordAt(column + 1, "drop") || !t.IsWordAt(column + 2, "not") || !t.IsWordAt(column + 3, "null")) return;
        var name = t[column].Name();
        if (ctx.IsNewColumn(alter.Table, name, statement.Index)) return;
        var obj = alter.Table.Member(name);
        found.Add(ctx.Report(Rule, $"DROP NOT NULL lets {obj} hold NULL, which its readers have never seen.", statement, obj, action.First));
    }
}
