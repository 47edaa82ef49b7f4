using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG307: ALTER TABLE ... ALTER [COLUMN] c SET NOT NULL on an existing table, unless a valid
/// <c>CHECK (c IS NOT NULL)</c> declared before it (in this script or an earlier one: added without NOT VALID, or
/// validated since) already proves it: PostgreSQL 12 and later then skip the scan.
/// </summary>
public sealed class SetNotNullRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG307", RuleFamily.Locking, "SET NOT NULL on an existing column", Severity.Warning,
        "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
        "Add CHECK (col IS NOT NULL) NOT VALID, validate it in a later migration, then SET NOT NULL (PostgreSQL 12+ uses the valid check and skips the scan) and drop the check.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var column = action.AlteredColumn();
        if (column < 0 || !action.Tokens.IsWordAt(column + 1, "set") || !action.Tokens.IsWordAt(column + 2, "not")) return;
        var name = action.Tokens[column].Name();
        if (ctx.Declared.HasValidNotNullCheck(alter.Table, name, ctx.At(statement.Index))) return;
        var obj = alter.Table.Member(name);
        found.Add(ctx.Report(Rule,
            $"SET NOT NULL on {obj} scans the whole table under an ACCESS EXCLUSIVE lock: no valid CHECK ({QualifiedName.Display(name)} IS NOT NULL) is declared before it.",
            statement, obj, action.First));
    }
}
