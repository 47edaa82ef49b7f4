using SchemaGate.Catalog;
using SchemaGate.Ephemeral;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Generation;

/// <summary>Everything generation is told, resolved from the build parameters (or given by a caller such as DiffAgainstProd).</summary>
public sealed record GenerationSettings
{
    public required string RepositoryRoot { get; init; }
    public string MigrationsDir { get; init; } = "migrations";
    public EphemeralOptions Ephemeral { get; init; } = new();
    /// <summary>The runner that builds migration sources (its journal is the project's).</summary>
    public MigrationRunnerOptions Runner { get; init; } = new();
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Which objects are compared (the journal table named by <see cref="Runner"/> is always left out).</summary>
    public SnapshotFilter Filter { get; init; } = SnapshotFilter.None;
    /// <summary>Online forms (CREATE INDEX CONCURRENTLY in a second, no-transaction script; NOT VALID then VALIDATE).</summary>
    public bool Online { get; init; } = true;

    public string MigrationsPath => Path.GetFullPath(Path.Combine(RepositoryRoot, MigrationsDir));

    public SnapshotOptions Snapshot => new()
    {
        Filter = Filter,
        JournalTable = $"{Runner.Journal.Schema}.{Runner.Journal.Table}",
    };
}
