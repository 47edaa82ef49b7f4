using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG302: DROP INDEX without CONCURRENTLY (indexes created earlier in the script are exempt).</summary>
public sealed class DropIndexRule : StatementRule
{
    public static Rule Definition { get; } = new("SG302", RuleFamily.Locking, "DROP INDEX without CONCURRENTLY", Severity.Warning,
        "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table, blocking reads and writes while it waits and runs.",
        "Use DROP INDEX CONCURRENTLY in a script marked -- schemagate:no-transaction.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["drop"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (DropStatement.TryParse(statement, "index") is not { Concurrently: false } drop) return;
        foreach (var (name, at) in drop.Objects)
        {
            if (ctx.IsNewIndex(name, statement.Index)) continue;
            found.Add(ctx.Report(Rule,
                $"DROP INDEX {name} takes an ACCESS EXCLUSIVE lock on its table, blocking reads and writes.",
                statement, name.ToString(), at));
        }
    }
}
