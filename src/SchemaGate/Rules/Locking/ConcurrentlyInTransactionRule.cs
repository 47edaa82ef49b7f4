using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG303: CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY or DETACH PARTITION CONCURRENTLY in a script the
/// runner wraps in a transaction (no <c>-- schemagate:no-transaction</c>). REFRESH MATERIALIZED VIEW CONCURRENTLY
/// may run in a transaction and is not reported.
/// </summary>
public sealed class ConcurrentlyInTransactionRule : StatementRule
{
    public static Rule Definition { get; } = new("SG303", RuleFamily.Locking, "CONCURRENTLY inside a transaction", Severity.Warning,
        "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY cannot run inside a transaction block, and the runner wraps each script in one.",
        "Put the statement in its own script whose first line is -- schemagate:no-transaction.");

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["create", "drop", "reindex", "alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (ctx.Script.Directives.NoTransaction) return;
        var t = statement.Tokens;
        if (!(t[0].IsWord("create") || t[0].IsWord("drop") || t[0].IsWord("reindex") || t[0].IsWord("alter"))) return;
        for (var i = 1; i < t.Count; i++)
        {
            if (!t[i].IsWord("concurrently")) continue;
            var verb = string.Join(' ', t.Take(Math.Min(3, i)).Where(x => x.Kind == SqlTokenKind.Word).Select(x => x.Value.ToUpperInvariant()));
            found.Add(ctx.Report(Rule,
                $"{verb} ... CONCURRENTLY cannot run inside a transaction block, and this script runs in one.",
                statement, null, t[i]));
            return;
        }
    }
}
