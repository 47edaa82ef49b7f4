using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Generation;

/// <summary>How the source is copied for validation.</summary>
public enum ValidationCopy
{
    Auto,
    Full,
    Scoped,
}

/// <summary>Everything generation is told, resolved from the build parameters (or given by a caller such as DiffAgainstProd).</summary>
public sealed record GenerationSettings
{
    public required string RepositoryRoot { get; init; }
    public string MigrationsDir { get; init; } = "migrations";
    public EphemeralOptions Ephemeral { get; init; } = new();
    /// <summary>The runner that builds migration sources (its journal is the project's).</summary>
    public MigrationRunnerOptions Runner { get; init; } = new();
    /// <summary>How sessions on a --from/--to database (and production, for the drift fix) are opened: read-only, with their timeouts.</summary>
    public SessionDefaults Session { get; init; } = new();
    /// <summary>Which objects are compared (the journal table named by <see cref="Runner"/> is always left out).</summary>
    public SnapshotFilter Filter { get; init; } = SnapshotFilter.None;
    /// <summary>Online forms (CREATE INDEX CONCURRENTLY in a second, no-transaction script; NOT VALID then VALIDATE).</summary>
    public bool Online { get; init; } = true;

    /// <summary>
    /// How much of the source the validation copy holds: all of it, or, for a source of more than
    /// <see cref="ScopedAbove"/> objects (or always, with <see cref="ValidationCopy.Scoped"/>), the part the migration
    /// touches (<see cref="ValidationScope"/>): copying 10,000 tables takes far longer than the migration.
    /// </summary>
    public ValidationCopy Copy { get; init; } = ValidationCopy.Auto;

    /// <summary>Above this many source objects, <see cref="ValidationCopy.Auto"/> copies only the part the migration touches.</summary>
    public int ScopedAbove { get; init; } = 20_000;

    public string MigrationsPath => Path.GetFullPath(Path.Combine(RepositoryRoot, MigrationsDir));

    public SnapshotOptions Snapshot => new()
    {
        Filter = Filter,
        JournalTable = $"{Runner.Journal.Schema}.{Runner.Journal.Table}",
    };
}
