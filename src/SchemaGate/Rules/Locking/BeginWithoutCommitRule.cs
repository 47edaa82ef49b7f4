using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG312: BEGIN / START TRANSACTION with no later COMMIT, END, ROLLBACK or ABORT in the script.</summary>
public sealed class BeginWithoutCommitRule : IMigrationRule
{
    public static Rule Definition { get; } = new("SG312", RuleFamily.Locking, "BEGIN without COMMIT", Severity.Warning,
        "The script opens a transaction it never ends; its locks stay held until the session closes.",
        "Remove BEGIN: the runner already runs each script in one transaction. If you need one, end it with COMMIT.");

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(ScriptContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        SqlStatement? open = null;
        foreach (var statement in ctx.Statements)
        {
            var t = statement.Tokens;
            // psql statements are no SQL, and a large script's COPY data token is built (megabytes) only when read.
            if (t.Count == 0 || statement.IsPsqlMeta) continue;
            if (IsBegin(t))
            {
                open ??= statement;
            }
            else if (t[0].IsWord("commit") || t[0].IsWord("end") || t[0].IsWord("rollback") || t[0].IsWord("abort"))
            {
                if (!(t[0].IsWord("rollback") && t.IsWordAt(1, "to"))) open = null;
            }
        }
        if (open is null) return [];
        return [ctx.Report(Rule,
            "BEGIN opens a transaction the script never commits, so its locks stay held until the session ends. Remove it: the runner already runs each script in one transaction.",
            open, null)];
    }

    private static bool IsBegin(IReadOnlyList<SqlToken> t) =>
        (t[0].IsWord("begin") && !t.IsWordAt(1, "atomic")) || (t[0].IsWord("start") && t.IsWordAt(1, "transaction"));
}
