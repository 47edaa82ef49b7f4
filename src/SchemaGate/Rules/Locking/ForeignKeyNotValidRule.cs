using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG304: ALTER TABLE ... ADD [CONSTRAINT n] FOREIGN KEY ... without NOT VALID on an existing table, and an added
/// column's inline REFERENCES (a column constraint cannot be NOT VALID, so it is always checked at once).
/// </summary>
public sealed class ForeignKeyNotValidRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG304", RuleFamily.Locking, "ADD FOREIGN KEY without NOT VALID", Severity.Warning,
        "Adding a foreign key checks every existing row while holding a SHARE ROW EXCLUSIVE lock on both tables, blocking writes.",
        "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later migration.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var column = action.AddedColumn();
        if (column >= 0)
        {
            if (Schema.ColumnDefinition.TryRead(action.Tokens, column, action.End) is { References: { } inline } definition)
            {
                var member = alter.Table.Member(definition.Name);
                found.Add(ctx.Report(Rule,
                    $"ADD COLUMN {member} REFERENCES {inline.Table} adds a foreign key that is checked at once, while blocking writes to both tables.",
                    statement, member, action.Tokens[inline.At]));
            }
            return;
        }
        var kind = action.TableConstraintKind();
        if (kind < 0 || !action.Tokens[kind].IsWord("foreign") || action.Contains("not", "valid")) return;
        var name = action.ConstraintName();
        var obj = name is null ? alter.Table.ToString() : alter.Table.Member(name);
        found.Add(ctx.Report(Rule,
            $"Adding a foreign key to {alter.Table} checks every row while blocking writes to both tables.",
            statement, obj, action.First));
    }
}
