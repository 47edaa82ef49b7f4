using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG323: ALTER TABLE ... ALTER [COLUMN] c DROP DEFAULT on a column that existed before the change.</summary>
public sealed class DropDefaultRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG323", RuleFamily.Locking, "DROP DEFAULT on an existing column", Severity.Warning,
        "A column loses its default: inserts that leave it out (application versions still running, other services, scripts) now store NULL, or fail when the column is NOT NULL, and readers see NULL where a value always was.",
        "Make every writer set the column explicitly first (deploy that), then drop the default; keep the default if any writer relies on it.");

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var column = action.AlteredColumn();
        var t = action.Tokens;
        if (column < 0 || !t.IsWordAt(column + 1, "drop") || !t.IsWordAt(column + 2, "default")) return;
        var name = t[column].Name();
        if (ctx.IsNewColumn(alter.Table, name, statement.Index)) return;
        var obj = alter.Table.Member(name);
        found.Add(ctx.Report(Rule, $"DROP DEFAULT on {obj}: inserts that leave the column out no longer get a value.", statement, obj, action.First));
    }
}
