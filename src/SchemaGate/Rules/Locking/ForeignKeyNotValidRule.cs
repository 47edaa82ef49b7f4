using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG304: ALTER TABLE ... ADD [CONSTRAINT n] FOREIGN KEY ... without NOT VALID on an existing table.</summary>
public sealed class ForeignKeyNotValidRule : StatementRule
{
    public static Rule Definition { get; } = new("SG304", RuleFamily.Locking, "ADD FOREIGN KEY without NOT VALID", Severity.Warning,
        "Adding a foreign key checks every existing row while holding a SHARE ROW EXCLUSIVE lock on both tables, blocking writes.",
        "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later migration.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (ctx.AlterTableAt(statement.Index) is not { } alter || ctx.IsNewTable(alter.Table, statement.Index)) return;
        foreach (var action in alter.Actions)
        {
            var kind = action.TableConstraintKind();
            if (kind < 0 || !action.Tokens[kind].IsWord("foreign") || action.Contains("not", "valid")) continue;
            var name = action.ConstraintName();
            var obj = name is null ? alter.Table.ToString() : alter.Table.Member(name);
            found.Add(ctx.Report(Rule,
                $"Adding a foreign key to {alter.Table} checks every row while blocking writes to both tables. (The runner's lock_timeout bounds the wait for the lock, not the scan.)",
                statement, obj, action.First));
        }
    }
}
