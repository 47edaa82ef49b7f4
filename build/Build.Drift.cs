using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Hosting;

/// <summary>DiffAgainstProd and Snapshot: production compared with its history; schema snapshots as files.</summary>
sealed partial class Build
{
    [Parameter("Production database URL (read-only role is enough)", Secret = true, EnvironmentNames = ["PROD_URL"])]
    readonly string? ProdUrl;

    [Parameter("Database to snapshot with the Snapshot target (default: the ephemeral database after migrations)", Secret = true)]
    readonly string? Url;

    [Parameter("Only compare these schemas (comma-separated globs, e.g. public,app)")]
    readonly string? IncludeSchemas;

    [Parameter("Never compare these schemas (comma-separated globs, e.g. auth,storage)")]
    readonly string? ExcludeSchemas;

    [Parameter("Where the Snapshot target writes the schema snapshot")]
    readonly string SnapshotOut = "artifacts/schemagate/snapshot.json";

    [Parameter("Snapshot file to compare from (with --snapshot-to: compare two files instead of taking a snapshot)")]
    readonly string? SnapshotFrom;

    [Parameter("Snapshot file to compare to (with --snapshot-from)")]
    readonly string? SnapshotTo;

    Target DiffAgainstProd => _ => _
        .Description("Compare production (read-only) with what its migration journal says it should contain; report drift")
        .DependsOn(SpinUpEphemeralDb)
        .After(ApplyMigrations)
        .Before(PublishGate)
        .Executes(async ct => await Gate.DriftAsync(ct));

    Target ReportDrift => _ => _
        .Description("Open (or update) the one GitHub issue labelled schema-drift when production drifts; close it when drift is gone")
        .After(DiffAgainstProd, PublishGate)
        .AssuredAfterFailure()
        .Executes(async ct => await Gate.ReportDriftAsync(Targets, ct));

    Target Snapshot => _ => _
        .Description("Write the schema snapshot of --url (or of the migrated ephemeral database); --snapshot-from A --snapshot-to B compares files (--exit-code: 1 when they differ)")
        .Executes(async ct => await Gate.SnapshotTargetAsync(Url, SnapshotOut, SnapshotFrom, SnapshotTo, ExitCode, ct));

    SnapshotFilter SchemaFilter() => LoadedPolicy.Drift.Filter(List(IncludeSchemas), List(ExcludeSchemas));

    static string[] List(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

}
