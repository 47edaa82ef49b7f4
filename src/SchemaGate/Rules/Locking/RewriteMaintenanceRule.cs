using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG311: VACUUM FULL, CLUSTER, and REINDEX without CONCURRENTLY. REINDEX SYSTEM rebuilds only the system catalogs'
/// indexes, no table of the application, and is not reported here (it cannot run in a transaction: SG109).
/// </summary>
public sealed class RewriteMaintenanceRule : StatementRule
{
    public static Rule Definition { get; } = new("SG311", RuleFamily.Locking, "VACUUM FULL / CLUSTER / REINDEX", Severity.Warning,
        "VACUUM FULL, CLUSTER and REINDEX without CONCURRENTLY rewrite or rebuild under locks that block the table for the whole run.",
        "Run maintenance outside migrations; use REINDEX ... CONCURRENTLY, or pg_repack instead of VACUUM FULL and CLUSTER.") { Effects = RuleEffects.RewritesTable | RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["vacuum", "cluster", "reindex"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        string? message = null;
        if (Vacuum.IsFull(t))
        {
            message = "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock, blocking reads and writes.";
        }
        else if (t[0].IsWord("cluster"))
        {
            message = "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock, blocking reads and writes.";
        }
        else if (t[0].IsWord("reindex") && !t.ContainsWord(1, t.Count, "concurrently") && !IsSystem(t))
        {
            message = "REINDEX without CONCURRENTLY blocks writes to the table (and reads that use the index) while it rebuilds.";
        }
        if (message is null) return;
        string? obj = null;
        for (var i = 1; i < t.Count; i++)
        {
            if (!t[i].IsIdentifier() || t[i].Kind == SqlTokenKind.Word && IsOption(t[i].Value)) continue;
            var j = i;
            if (t.TryReadName(ref j, out var name)) obj = name.ToString();
            break;
        }
        found.Add(ctx.Report(Rule, message, statement, obj));
    }

    /// <summary><c>REINDEX [(options)] SYSTEM [name]</c>.</summary>
    private static bool IsSystem(IReadOnlyList<SqlToken> t)
    {
        var i = 1;
        t.SkipGroup(ref i);
        return t.IsWordAt(i, "system");
    }

    private static bool IsOption(string word) => word is "full" or "freeze" or "verbose" or "analyze" or "analyse" or "true" or "false"
        or "table" or "index" or "schema" or "database" or "system" or "concurrently" or "on" or "using" or "tablespace";
}
