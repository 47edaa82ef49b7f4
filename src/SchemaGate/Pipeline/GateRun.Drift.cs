using System.Diagnostics;
using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Failures;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline;

/// <summary>DiffAgainstProd and Snapshot: production compared with its own history, and schema snapshots as files.</summary>
public sealed partial class GateRun
{
    /// <summary>Set by DiffAgainstProd: the full outcome (drift changes, pending scripts' effects) for later steps.</summary>
    public DriftResult? Drift { get; private set; }

    public Task DiffAgainstProdAsync(DatabaseUrl? prodUrl, CancellationToken ct) =>
        DiffAgainstProdAsync(prodUrl, SnapshotFilter.None, ct);

    /// <summary>DiffAgainstProd: reads production read-only, rebuilds its expected schema from its journal, reports drift.</summary>
    public async Task DiffAgainstProdAsync(DatabaseUrl? prodUrl, SnapshotFilter filter, CancellationToken ct)
    {
        if (prodUrl is null)
        {
            DriftSummary = new DriftSummary(false, "no production URL given");
            CheckNotDone("drift not checked: no production URL (give --prod-url, PROD_URL or DATABASE_URL)");
            output.WriteLine("Drift not checked: no production URL given.");
            return;
        }
        if (Server is null) throw new InvalidOperationException("DiffAgainstProd needs SpinUpEphemeralDb first.");
        var set = Migrations ?? await LoadMigrationsAsync(ct).ConfigureAwait(false);

        var sw = Stopwatch.StartNew();
        var options = new DriftOptions { Runner = Settings.Runner, Filter = filter, ConnectTimeout = Settings.ConnectTimeout };
        var result = await TracedDriftCheck(options).RunAsync(prodUrl, set, ct).ConfigureAwait(false);
        _timings.Add(new Timing("drift check", sw.Elapsed));

        Drift = result;
        Findings.AddRange(result.Findings);
        await AddPendingTracesAsync(prodUrl, result, ct).ConfigureAwait(false);
        ProductionVersion = result.ProductionVersion;
        DriftSummary = result.Summary;

        output.WriteLine($"Production {prodUrl.Display}: PostgreSQL {result.ProductionVersion}, {result.Journal.Count} journal row(s), " +
                         $"{result.PendingScripts} pending script(s), read-only session: {(result.ProductionSessionReadOnly ? "yes" : "no")}.");
        foreach (var note in result.Notes) output.WriteLine("  note: " + note);
        foreach (var change in result.Drift) output.WriteLine("  drift " + DriftFindings.Describe(change));
        foreach (var effect in result.PendingEffects)
            output.WriteLine($"  {effect.Script.RelativePath}: {effect.Changes.Count} change(s)");

        if (!result.DriftChecked)
            CheckNotDone("drift not checked: production's history could not be rebuilt on the ephemeral server");
        else if (result.NotYetDeployed)
            CheckDone($"production {prodUrl.Display} checked: not yet deployed (empty, no journal)");
        else
            CheckDone($"production {prodUrl.Display} compared with its history ({result.ReplayedScripts} journaled script(s) replayed): " +
                      $"{result.Drift.Count} drift change(s)");
    }

    /// <summary>Snapshot: writes the schema of <paramref name="url"/> (read-only), or of the ephemeral database after migrations.</summary>
    public async Task<string> WriteSnapshotAsync(DatabaseUrl? url, string outputPath, CancellationToken ct) =>
        await WriteSnapshotAsync(url, outputPath, SnapshotFilter.None, ct).ConfigureAwait(false);

    public async Task<string> WriteSnapshotAsync(DatabaseUrl? url, string outputPath, SnapshotFilter filter, CancellationToken ct)
    {
        var target = url ?? ScratchDatabase
            ?? throw new UsageException("Snapshot needs --url, or SpinUpEphemeralDb and ApplyMigrations to snapshot the migrated ephemeral database.");
        var options = new DriftOptions { Runner = Settings.Runner, Filter = filter, ConnectTimeout = Settings.ConnectTimeout };
        SchemaSnapshot snapshot;
        if (url is not null)
        {
            await using var conn = await ProductionConnection.OpenAsync(url, options.ConnectTimeout, ct).ConfigureAwait(false);
            snapshot = await new SnapshotReader().ReadAsync(conn, options.Snapshot, ct).ConfigureAwait(false);
        }
        else
        {
            await using var conn = new NpgsqlConnection(target.With(b => b.Pooling = false).ConnectionString);
            await conn.OpenAsync(ct).ConfigureAwait(false);
            snapshot = await new SnapshotReader().ReadAsync(conn, options.Snapshot, ct).ConfigureAwait(false);
        }

        var path = Path.GetFullPath(Path.Combine(Settings.RepositoryRoot, outputPath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
            SnapshotJson.Write(snapshot, file);
        output.WriteLine($"Snapshot of {target.Display}: {snapshot.Objects.Count} object(s), PostgreSQL {snapshot.ServerVersion} -> {Relative(path)}");
        return path;
    }

    /// <summary>Snapshot --snapshot-from A --snapshot-to B: prints the changes from one snapshot file to the other.</summary>
    public async Task<IReadOnlyList<SchemaChange>> CompareSnapshotFilesAsync(string from, string to, CancellationToken ct)
    {
        var before = await ReadSnapshotFileAsync(from, "--snapshot-from", ct).ConfigureAwait(false);
        var after = await ReadSnapshotFileAsync(to, "--snapshot-to", ct).ConfigureAwait(false);
        var changes = SchemaDiff.Compare(before, after, DiffOptions.Default);
        output.WriteLine($"{from} -> {to}: {changes.Count} change(s)");
        foreach (var change in changes) output.WriteLine("  " + DriftFindings.Describe(change));
        return changes;
    }

    private async Task<SchemaSnapshot> ReadSnapshotFileAsync(string path, string parameter, CancellationToken ct)
    {
        var full = Path.GetFullPath(Path.Combine(Settings.RepositoryRoot, path));
        if (!File.Exists(full)) throw new UsageException($"{parameter}: the snapshot file {path} does not exist.");
        await using var stream = File.OpenRead(full);
        try
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct).ConfigureAwait(false);
            copy.Position = 0;
            return SnapshotJson.Read(copy);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidDataException or FormatException or KeyNotFoundException)
        {
            throw new UsageException($"{parameter}: {path} is not a SchemaGate snapshot file ({ex.GetType().Name}).", ex);
        }
    }
}
