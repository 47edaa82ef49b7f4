using SchemaGate.Connections;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Drift;

/// <summary>How DiffAgainstProd looks at production and rebuilds what production should contain.</summary>
public sealed record DriftOptions
{
    public MigrationRunnerOptions Runner { get; init; } = new();
    /// <summary>Which objects are compared. The journal table named by <see cref="Runner"/> is always left out.</summary>
    public SnapshotFilter Filter { get; init; } = SnapshotFilter.None;
    public DiffOptions Diff { get; init; } = DiffOptions.Default;
    /// <summary>How sessions on production are opened: connect timeout, lock and statement timeouts, waits watched.</summary>
    public SessionDefaults Session { get; init; } = new();
    public TimeSpan ConnectTimeout => Session.ConnectTimeout;

    public SnapshotOptions Snapshot => new()
    {
        Filter = Filter,
        JournalTable = Runner.Journal.QualifiedNameUnquoted,
    };
}
