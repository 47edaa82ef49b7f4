using SchemaGate.Connections;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Production;

/// <summary>How the deploy targets back up, migrate and verify production.</summary>
public sealed record DeployOptions
{
    public MigrationRunnerOptions Runner { get; init; } = new();
    /// <summary>Which objects are compared (the same filter DiffAgainstProd used).</summary>
    public SnapshotFilter Filter { get; init; } = SnapshotFilter.None;
    public DiffOptions Diff { get; init; } = DiffOptions.Default;
    /// <summary>How sessions on production are opened: connect timeout, lock and statement timeouts, waits watched.</summary>
    public SessionDefaults Session { get; init; } = new();
    public TimeSpan ConnectTimeout => Session.ConnectTimeout;
    /// <summary>Absolute folder the backups go to (<c>--backup-dir</c>).</summary>
    public required string BackupDirectory { get; init; }
    /// <summary>How many backups of one database are kept (<c>--backup-keep</c>); older ones are deleted.</summary>
    public int BackupKeep { get; init; } = 5;
    /// <summary>Folder of the PostgreSQL binaries (<c>--pg-bin</c>); discovered when null.</summary>
    public string? PgBin { get; init; }
    /// <summary>How long pg_dump and pg_restore may run.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromHours(2);

    public SnapshotOptions Snapshot => new()
    {
        Filter = Filter,
        JournalTable = Runner.Journal.QualifiedNameUnquoted,
    };
}
