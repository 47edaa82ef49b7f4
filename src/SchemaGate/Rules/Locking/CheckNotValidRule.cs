using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG305: ALTER TABLE ... ADD [CONSTRAINT n] CHECK (...) without NOT VALID on an existing table.</summary>
public sealed class CheckNotValidRule : StatementRule
{
    public static Rule Definition { get; } = new("SG305", RuleFamily.Locking, "ADD CHECK without NOT VALID", Severity.Warning,
        "Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock.",
        "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later migration.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (ctx.AlterTableAt(statement.Index) is not { } alter || ctx.IsNewTable(alter.Table, statement.Index)) return;
        foreach (var action in alter.Actions)
        {
            var kind = action.TableConstraintKind();
            if (kind < 0 || !action.Tokens[kind].IsWord("check") || action.Contains("not", "valid")) continue;
            var name = action.ConstraintName();
            var obj = name is null ? alter.Table.ToString() : alter.Table.Member(name);
            found.Add(ctx.Report(Rule,
                $"Adding a CHECK constraint to {alter.Table} scans every row under an ACCESS EXCLUSIVE lock.",
                statement, obj, action.First));
        }
    }
}
