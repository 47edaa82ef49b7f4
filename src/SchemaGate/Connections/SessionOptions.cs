namespace SchemaGate.Connections;

/// <summary>Which database a session is on; failures and reports name it so.</summary>
public enum DatabaseRole
{
    Production,
    Development,
    Ephemeral,
}

/// <summary>
/// How a session is opened: on which database (<see cref="Role"/>), under which application name (visible in
/// pg_stat_activity, so a DBA sees who holds what), read-only or writable, how long the connection may take, and the
/// session's <c>lock_timeout</c> and <c>statement_timeout</c> (set at connection start, no extra round trip).
/// <see cref="Purpose"/> is said in a failure after the server ("to deploy").
/// </summary>
public sealed record SessionOptions
{
    public required DatabaseRole Role { get; init; }
    public required string ApplicationName { get; init; }
    public bool ReadOnly { get; init; }
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan? LockTimeout { get; init; }
    public TimeSpan? StatementTimeout { get; init; }
    public string? Purpose { get; init; }
    /// <summary>Where a wait behind another session's lock is said and kept; null: not watched.</summary>
    public SessionWaits? Waits { get; init; }
}
