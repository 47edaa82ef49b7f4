using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG314: a statement that takes an ACCESS EXCLUSIVE lock on a table the script did not create (ALTER TABLE other
/// than the lighter forms, DROP TABLE, TRUNCATE, DROP INDEX, DROP TRIGGER, LOCK TABLE, CLUSTER, VACUUM FULL) with no
/// lock_timeout in force: nothing earlier in the script ran <c>SET [SESSION | LOCAL] lock_timeout</c> or
/// <c>set_config('lock_timeout', ...)</c> with a non-zero value (a later <c>RESET</c>, <c>= 0</c> or <c>DEFAULT</c>
/// turns it off again). In a no-transaction script a transaction-local setting does not last to the next statement.
/// </summary>
public sealed class LockTimeoutRule : IMigrationRule
{
    public static Rule Definition { get; } = new("SG314", RuleFamily.Locking, "ACCESS EXCLUSIVE lock without lock_timeout", Severity.Warning,
        "A statement that takes an ACCESS EXCLUSIVE lock on an existing table (ALTER TABLE, DROP TABLE, TRUNCATE, DROP INDEX, LOCK TABLE...) is not preceded in its script by SET lock_timeout. While it waits for the lock behind a long query or an open transaction, every other read and write of the table queues behind it, for as long as it waits.",
        "Put SET lock_timeout = '5s' (or SET LOCAL lock_timeout, or SELECT set_config('lock_timeout', '5s', true)) before the statement so it gives up quickly and can be retried. SchemaGate's runner sets --lock-timeout itself, but psql, the application's own migrator and other runners do not.") { Impact = ImpactKind.Table };

    public Rule Rule => Definition;

    public IEnumerable<Finding> Check(ScriptContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var localOnly = ctx.Script.Directives.NoTransaction;
        var inForce = false;
        List<Finding>? found = null;
        foreach (var statement in ctx.Statements)
        {
            var t = statement.Tokens;
            if (t.Count == 0 || statement.IsPsqlMeta) continue;
            if (LockTimeout.Change(t, localOnly) is { } on)
            {
                inForce = on;
                continue;
            }
            if (inForce || AccessExclusiveStatement.Find(ctx, statement) is not var (what, table, obj)) continue;
            (found ??= []).Add(ctx.Report(Rule,
                $"{what} takes an ACCESS EXCLUSIVE lock on {table} with no lock_timeout set earlier in the script: while it waits behind a long query or an open transaction, every other read and write of the table queues behind it.",
                statement, obj));
        }
        return found ?? (IEnumerable<Finding>)[];
    }
}
