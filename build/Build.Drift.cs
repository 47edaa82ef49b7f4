using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Hosting;

/// <summary>DiffAgainstProd and Snapshot: production compared with its history; schema snapshots as files.</summary>
sealed partial class Build
{
    [Parameter("Production database URL (read-only role is enough)", Secret = true)]
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
        .Executes(async ct => await Gate.DiffAgainstProdAsync(ProductionUrl(), SchemaFilter(), ct));

    Target ReportDrift => _ => _
        .Description("Open (or update) the one GitHub issue labelled schema-drift when production drifts; close it when drift is gone")
        .After(DiffAgainstProd, PublishGate)
        .AssuredAfterFailure()
        .Executes(async ct => await Gate.ReportDriftAsync(FinishedTargets.Select(ToReport).ToArray(), EnvironmentVariables,
            new SchemaGate.GitHub.GitHubPublishOptions { Token = string.IsNullOrEmpty(GithubToken) ? null : GithubToken }, ct));

    Target Snapshot => _ => _
        .Description("Write the schema snapshot of --url (or of the migrated ephemeral database); --snapshot-from A --snapshot-to B compares files (--exit-code: 1 when they differ)")
        .Executes(async ct =>
        {
            if (!string.IsNullOrWhiteSpace(SnapshotFrom) || !string.IsNullOrWhiteSpace(SnapshotTo))
            {
                var changes = await Gate.CompareSnapshotFilesAsync(Required(SnapshotFrom, "--snapshot-from"), Required(SnapshotTo, "--snapshot-to"), ct);
                if (ExitCode && changes.Count > 0) throw new SchemaGate.Failures.GateRefusedException($"{changes.Count} difference(s) between the snapshots (--exit-code).");
            }
            else
                await Gate.WriteSnapshotAsync(await SnapshotSourceAsync(ct), SnapshotOut, SchemaFilter(), ct);
        });

    /// <summary>--prod-url / PROD_URL, else DATABASE_URL (announced); null when neither is set (resolution lives in src/).</summary>
    DatabaseUrl? _productionUrl;
    bool _productionResolved;

    /// <summary>Production's URL, resolved once per run; a DATABASE_URL fallback is announced once (by ValidateConfig when it ran).</summary>
    DatabaseUrl? ProductionUrl()
    {
        if (_productionResolved) return _productionUrl;
        var log = Gate.Config is null ? Log : TextWriter.Null;
        _productionUrl = SchemaGate.Configuration.ConnectionSettings.ParseProduction(ProdUrl, EnvironmentVariables, Redactor, log);
        _productionResolved = true;
        return _productionUrl;
    }

    /// <summary>With --url the database is snapshotted as given; without it the ephemeral database must be migrated first.</summary>
    async Task<DatabaseUrl?> SnapshotSourceAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Url)) return DatabaseUrl.Parse(Url, "--url", Redactor);
        if (Gate.ScratchDatabase is null) await Gate.SpinUpEphemeralDbAsync(ct);
        if (Gate.Applied is null) await Gate.ApplyMigrationsAsync(ct);
        return null;
    }

    SnapshotFilter SchemaFilter() => LoadedPolicy.Drift.Filter(List(IncludeSchemas), List(ExcludeSchemas));

    static string[] List(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    static string Required(string? value, string parameter) => string.IsNullOrWhiteSpace(value)
        ? throw new SchemaGate.Failures.UsageException($"{parameter} is missing: give both --snapshot-from and --snapshot-to to compare two snapshot files.")
        : value;
}
