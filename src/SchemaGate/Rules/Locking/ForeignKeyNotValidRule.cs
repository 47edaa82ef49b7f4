using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG304: ALTER TABLE ... ADD [CONSTRAINT n] FOREIGN KEY ... without NOT VALID on an existing table.</summary>
public sealed class ForeignKeyNotValidRule : StatementRule
{
    public override Rule Rule => LockingRules.ForeignKeyNotValid;

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
                $"Adding a foreign key to {alter.Table} checks every row while blocking writes to both tables. Add it with NOT VALID, then VALIDATE CONSTRAINT in a later migration. (The runner's lock_timeout bounds the wait for the lock, not the scan.)",
                statement, obj, action.First));
        }
    }
}
