namespace SchemaGate.Catalog;

/// <summary>How to take a snapshot. The migration journal table is never part of the schema being compared.</summary>
public sealed record SnapshotOptions
{
    public SnapshotFilter Filter { get; init; } = SnapshotFilter.None;

    /// <summary>Schema-qualified name of the journal table to leave out.</summary>
    public string JournalTable { get; init; } = "public.schemaversions";

    /// <summary>Seconds the catalog queries may run before the server cancels them (0 = no limit).</summary>
    public int CommandTimeoutSeconds { get; init; } = 120;

    public static SnapshotOptions Default { get; } = new();
}
