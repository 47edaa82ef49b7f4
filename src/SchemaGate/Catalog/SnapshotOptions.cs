namespace SchemaGate.Catalog;

/// <summary>How to take a snapshot. The migration journal table is never part of the schema being compared.</summary>
public sealed record SnapshotOptions
{
    public SnapshotFilter Filter { get; init; } = SnapshotFilter.None;

    /// <summary>Schema-qualified name of the journal table to leave out.</summary>
    public string JournalTable { get; init; } = "public.schemaversions";

    /// <summary>Seconds the catalog queries may run before the server cancels them (0 = no limit).</summary>
    public int CommandTimeoutSeconds { get; init; } = 120;

    /// <summary>
    /// Connections the catalog queries may be spread over (1 = only the given one). Extra connections are clones of
    /// the given one (same settings, so just as read-only) that import its exported snapshot, so every query still
    /// sees one consistent picture. When the server cannot export a snapshot (a standby) or an extra connection
    /// cannot be opened, the queries run on the connections there are.
    /// </summary>
    public int MaxConnections { get; init; } = 2;

    /// <summary>
    /// The connection is snapshotted again and again (the down-script check's walk): the queries are prepared on it once, so
    /// later snapshots skip planning them, which on a small schema costs more than running them. With one connection the
    /// queries then travel in one round trip.
    /// </summary>
    public bool Prepare { get; init; }

    /// <summary>
    /// Told how far a long read is: when the database has more than <see cref="ProgressFromTables"/> tables, one line
    /// when the read starts (how many tables) and one as each catalog query is read.
    /// </summary>
    public Action<string>? Progress { get; init; }

    public int ProgressFromTables { get; init; } = 1000;

    public static SnapshotOptions Default { get; } = new();
}
