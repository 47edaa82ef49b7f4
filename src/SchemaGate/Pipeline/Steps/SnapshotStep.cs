using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Failures;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// Snapshot: the schema of a database (read-only session) or of the migrated ephemeral database, as stable sorted JSON;
/// and the comparison of two snapshot files.
/// </summary>
public sealed class SnapshotStep(GateSettings settings, IGateLog log)
{
    /// <param name="url">A database to read (read-only); null for the migrated ephemeral database <paramref name="migrated"/>.</param>
    public async Task<StepOutcome<string>> WriteAsync(DatabaseUrl? url, DatabaseUrl? migrated, string outputPath, CancellationToken ct)
    {
        var target = url ?? migrated ?? throw new UsageException("Snapshot needs --url, or the migrated ephemeral database.");
        SchemaSnapshot snapshot;
        await using (var conn = url is not null
            ? await Sessions.OpenAsync(url, settings.Session.ReadOnly(DatabaseRole.Production) with { Purpose = "to snapshot it" }, ct).ConfigureAwait(false)
            : await Sessions.OpenScratchAsync(target, ct).ConfigureAwait(false))
        {
            snapshot = await new SnapshotReader().ReadAsync(conn, settings.Snapshot, ct).ConfigureAwait(false);
        }
        var path = Path.GetFullPath(Path.Combine(settings.RepositoryRoot, outputPath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
            SnapshotJson.Write(snapshot, file);
        log.Line($"Snapshot of {target.Display}: {snapshot.Objects.Count} object(s), PostgreSQL {snapshot.ServerVersion} -> {settings.Relative(path)}");
        return new StepOutcome<string> { Result = path };
    }

    /// <summary>Prints the changes from one snapshot file to the other.</summary>
    public async Task<StepOutcome<IReadOnlyList<SchemaChange>>> CompareAsync(string from, string to, CancellationToken ct)
    {
        var before = await ReadAsync(from, "--snapshot-from", ct).ConfigureAwait(false);
        var after = await ReadAsync(to, "--snapshot-to", ct).ConfigureAwait(false);
        var changes = SchemaDiff.Compare(before, after, DiffOptions.Default);
        log.Line($"{from} -> {to}: {changes.Count} change(s)");
        foreach (var change in changes) log.Line("  " + DriftFindings.Describe(change));
        return new StepOutcome<IReadOnlyList<SchemaChange>> { Result = changes };
    }

    private async Task<SchemaSnapshot> ReadAsync(string path, string parameter, CancellationToken ct)
    {
        var full = Path.GetFullPath(Path.Combine(settings.RepositoryRoot, path));
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
