using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG310: ALTER TABLE ... RENAME TO / RENAME [COLUMN] a TO b on an existing table (RENAME CONSTRAINT is fine).</summary>
public sealed class RenameRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG310", RuleFamily.Locking, "RENAME of a table or column", Severity.Warning,
        "Renaming a table or column breaks every running application instance that still uses the old name.",
        "Add the new name alongside the old one (a new column kept in sync, or a view), move the application, then remove the old name.");

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        if (!action.Is("rename") || action.Is("rename", "constraint")) return;
        var t = action.Tokens;
        string obj;
        string what;
        if (action.Is("rename", "to"))
        {
            obj = alter.Table.ToString();
            what = $"Renaming table {obj}";
        }
        else
        {
            var i = action.Start + 1;
            t.Skip(ref i, "column");
            if (!t.TryReadIdentifier(ref i, out var column)) return;
            obj = alter.Table.Member(column);
            what = $"Renaming column {obj}";
        }
        found.Add(ctx.Report(Rule,
            $"{what} breaks every running application instance that still uses the old name.",
            statement, obj, action.First));
    }
}
