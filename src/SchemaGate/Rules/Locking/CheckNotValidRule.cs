using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG305: ALTER TABLE ... ADD [CONSTRAINT n] CHECK (...) without NOT VALID on an existing table, and an added column's
/// inline CHECK (a column constraint cannot be NOT VALID, so every row is checked at once).
/// </summary>
public sealed class CheckNotValidRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG305", RuleFamily.Locking, "ADD CHECK without NOT VALID", Severity.Warning,
        "Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock.",
        "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later migration.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var column = action.AddedColumn();
        if (column >= 0)
        {
            if (Schema.ColumnDefinition.TryRead(action.Tokens, column, action.End) is { Checks.Count: > 0 } definition)
            {
                var member = alter.Table.Member(definition.Name);
                found.Add(ctx.Report(Rule,
                    $"ADD COLUMN {member} with an inline CHECK checks every row of {alter.Table} under an ACCESS EXCLUSIVE lock.",
                    statement, member, action.Tokens[definition.Checks[0].At]));
            }
            return;
        }
        var kind = action.TableConstraintKind();
        if (kind < 0 || !action.Tokens[kind].IsWord("check") || action.Contains("not", "valid")) return;
        var name = action.ConstraintName();
        var obj = name is null ? alter.Table.ToString() : alter.Table.Member(name);
        found.Add(ctx.Report(Rule,
            $"Adding a CHECK constraint to {alter.Table} scans every row under an ACCESS EXCLUSIVE lock.",
            statement, obj, action.First));
    }
}
