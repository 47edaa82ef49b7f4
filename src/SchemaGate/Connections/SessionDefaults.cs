namespace SchemaGate.Connections;

/// <summary>
/// How every session on production or development is opened in a run: the connect timeout, and the lock_timeout and
/// statement_timeout of read-only checks (<c>--check-lock-timeout</c>, <c>--check-statement-timeout</c>) and of writable
/// deploy sessions (the runner's <c>--lock-timeout</c>, <c>--statement-timeout</c>), with their waits watched. A check
/// never waits forever behind another session's lock: after a few seconds it says who holds it, and the lock_timeout
/// ends the wait.
/// </summary>
public sealed record SessionDefaults
{
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan CheckLockTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan CheckStatementTimeout { get; init; } = TimeSpan.FromMinutes(5);
    public TimeSpan WriteLockTimeout { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan WriteStatementTimeout { get; init; } = TimeSpan.FromMinutes(10);
    public SessionWaits? Waits { get; init; }

    /// <summary>A read-only session (checks: drift, impact, seed plan, snapshots, config).</summary>
    public SessionOptions ReadOnly(DatabaseRole role) => Sessions.ReadOnly(role, ConnectTimeout) with
    {
        LockTimeout = CheckLockTimeout,
        StatementTimeout = CheckStatementTimeout,
        Waits = Waits,
    };

    /// <summary>A writable production session (deploy, seeds, Baseline, Rollback), named <paramref name="applicationName"/>.</summary>
    public SessionOptions Writable(string applicationName = Sessions.DeployApplicationName, string? purpose = null) =>
        Sessions.Writable(ConnectTimeout, applicationName, purpose) with
        {
            LockTimeout = WriteLockTimeout,
            StatementTimeout = WriteStatementTimeout,
            Waits = Waits,
        };
}
