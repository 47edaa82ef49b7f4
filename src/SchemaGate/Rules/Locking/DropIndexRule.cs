using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG302: DROP INDEX without CONCURRENTLY (indexes created earlier in the script are exempt).</summary>
public sealed class DropIndexRule : StatementRule
{
    public override Rule Rule => LockingRules.DropIndex;

    public override IReadOnlyList<string> FirstWords => ["drop"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (DropStatement.TryParse(statement, "index") is not { Concurrently: false } drop) return;
        foreach (var (name, at) in drop.Objects)
        {
            if (ctx.IsNewIndex(name, statement.Index)) continue;
            found.Add(ctx.Report(Rule,
                $"DROP INDEX {name} takes an ACCESS EXCLUSIVE lock on its table, blocking reads and writes. Use DROP INDEX CONCURRENTLY in a script marked -- schemagate:no-transaction.",
                statement, name.ToString(), at));
        }
    }
}
