using System.Diagnostics;
using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.Processes;

namespace SchemaGate.Production;

/// <summary>
/// BackupProduction's engine: <c>pg_dump -Fc</c> of production into the backup folder (written under a
/// <c>.partial</c> name and renamed only when complete, removed on failure or Ctrl+C), checked with
/// <c>pg_restore --list</c>, restored into a scratch database of the ephemeral server with
/// <c>--no-owner --no-acl</c> (production's roles need not exist there) and compared with production's snapshot
/// without owners and privileges. Then only the newest <see cref="DeployOptions.BackupKeep"/> backups of that
/// database are kept. The password reaches the tools through the environment, never their arguments.
/// </summary>
public sealed class ProductionBackup(IEphemeralServer server, DeployOptions options)
{
    public const string ComparisonNote =
        "restored with --no-owner --no-acl (production's roles need not exist on the ephemeral server); owners and privileges were not compared";

    public async Task<BackupResult> RunAsync(DatabaseUrl production, CancellationToken ct, TimeProvider? clock = null)
    {
        var sw = Stopwatch.StartNew();
        int major;
        string version;
        await using (var conn = await Sessions.OpenAsync(production, options.Session.Writable(purpose: "to back it up"), ct).ConfigureAwait(false))
            (major, version) = await Sessions.ServerVersionAsync(conn, ct).ConfigureAwait(false);
        var tools = await DumpTools.DiscoverAsync(options.PgBin, major, version, ct).ConfigureAwait(false);

        if (!Directory.Exists(options.BackupDirectory))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(options.BackupDirectory);
            else Directory.CreateDirectory(options.BackupDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var file = await FreeNameAsync(production.Database, clock ?? TimeProvider.System, ct).ConfigureAwait(false);
        await DumpAsync(tools, production, file, ct).ConfigureAwait(false);

        int toc, compared;
        try
        {
            try
            {
                toc = await ListAsync(tools, file, ct).ConfigureAwait(false);
            }
            catch (InfrastructureException) when (DiskFull(null))
            {
                // pg_dump said it finished, but the disk filled up under it: the file is cut short and worth nothing.
                TryDelete(file);
                throw new InfrastructureException(DiskFullMessage());
            }
            IReadOnlyList<SchemaChange> differences;
            (compared, differences) = await RestoreAndCompareAsync(tools, production, file, ct).ConfigureAwait(false);
            if (differences.Count > 0)
                throw new InfrastructureException(
                    $"The backup {Path.GetFileName(file)} does not restore to production's schema ({differences.Count} difference(s), first: " +
                    $"{Drift.DriftFindings.Describe(differences[0])}); production was not changed. The file is kept as " +
                    $"{Path.GetFileName(file)}{UnverifiedSuffix} for inspection.");
        }
        catch (Exception ex)
        {
            // A backup that was not verified must never pass for one (nor count towards --backup-keep).
            MarkUnverified(file);
            if (ex is SchemaGateException or OperationCanceledException) throw;
            throw new InfrastructureException($"Verifying the backup {Path.GetFileName(file)} failed: {ex.Message}", ex);
        }
        var pruned = Prune(production.Database, file);
        return new BackupResult(file, new FileInfo(file).Length, true, toc, compared, pruned, [ComparisonNote], tools.Version, sw.Elapsed);
    }

    public const string UnverifiedSuffix = ".unverified";

    /// <summary>
    /// The backup's path, stamped to the second. Two backups of one database in the same second (a repeat Deploy
    /// right after the first) wait for the next second rather than overwrite or fail; a clock that does not move
    /// gives up after a few tries.
    /// </summary>
    private async Task<string> FreeNameAsync(string database, TimeProvider clock, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var file = Path.Combine(options.BackupDirectory, BackupFileName.For(database, now));
            if (!File.Exists(file)) return file;
            if (attempt == 3)
                throw new InfrastructureException($"The backup file {Path.GetFileName(file)} already exists; wait a second and run again.");
            var untilNextSecond = TimeSpan.FromTicks(TimeSpan.TicksPerSecond - now.UtcTicks % TimeSpan.TicksPerSecond) + TimeSpan.FromMilliseconds(5);
            await Task.Delay(untilNextSecond, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Below this much free space after a dump, a backup that does not read back is taken to be cut short by a full disk.</summary>
    private const long NearlyFullBytes = 1024 * 1024;

    /// <summary>True when pg_dump said so, or the backup folder's disk is (nearly) full.</summary>
    private bool DiskFull(string? toolError)
    {
        if (toolError?.Contains("No space left on device", StringComparison.OrdinalIgnoreCase) == true) return true;
        try { return new DriveInfo(Path.GetFullPath(options.BackupDirectory)).AvailableFreeSpace < NearlyFullBytes; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return false; }
    }

    private string DiskFullMessage() =>
        $"disk full: {options.BackupDirectory} ran out of space while pg_dump wrote the backup; the partial file was deleted and production was not changed. " +
        "Free space there or point --backup-dir at a larger disk.";

    private static void MarkUnverified(string file)
    {
        try { if (File.Exists(file)) File.Move(file, file + UnverifiedSuffix, overwrite: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private async Task DumpAsync(DumpTools tools, DatabaseUrl production, string file, CancellationToken ct)
    {
        var partial = file + ".partial";
        var completed = false;
        try
        {
            // A backup holds production's data: owner-only from the first byte (pg_dump truncates the file and keeps its mode).
            await using (File.Create(partial)) { }
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var r = await ProcessRunner.RunAsync(tools.PgDump, ["--format=custom", "--no-password", "--file", partial],
                ct, environment: LibpqEnvironment.For(production, options.ConnectTimeout, Sessions.DeployApplicationName),
                timeout: options.ToolTimeout).ConfigureAwait(false);
            if (!r.Succeeded)
                throw new InfrastructureException(DiskFull(r.StandardError)
                    ? DiskFullMessage()
                    : $"pg_dump of production {production.Display} failed (exit {r.ExitCode}): {r.Tail()}");
            File.Move(partial, file);
            completed = true;
        }
        catch (TimeoutException ex)
        {
            throw new InfrastructureException($"pg_dump of production {production.Display} did not finish: {ex.Message}", ex);
        }
        finally
        {
            if (!completed)
            {
                TryDelete(partial);
                TryDelete(file);
            }
        }
    }

    private async Task<int> ListAsync(DumpTools tools, string file, CancellationToken ct)
    {
        var r = await ProcessRunner.RunAsync(tools.PgRestore, ["--list", file], ct, timeout: options.ToolTimeout).ConfigureAwait(false);
        if (!r.Succeeded)
            throw new InfrastructureException($"pg_restore --list cannot read the backup {Path.GetFileName(file)}: {r.Tail()}");
        return r.StandardOutput.Split('\n').Count(l => l.Length > 0 && !l.StartsWith(';'));
    }

    private async Task<(int Compared, IReadOnlyList<SchemaChange> Differences)> RestoreAndCompareAsync(
        DumpTools tools, DatabaseUrl production, string file, CancellationToken ct)
    {
        var reader = new SnapshotReader();
        SchemaSnapshot prodSnapshot;
        await using (var conn = await Sessions.OpenAsync(production, options.Session.Writable(purpose: "to back it up"), ct).ConfigureAwait(false))
            prodSnapshot = await reader.ReadAsync(conn, options.Snapshot, ct).ConfigureAwait(false);

        var scratch = await server.CreateDatabaseAsync("backup", ct).ConfigureAwait(false);
        try
        {
            var r = await ProcessRunner.RunAsync(tools.PgRestore,
                ["--no-owner", "--no-acl", "--exit-on-error", "--no-password", "--dbname", scratch.Database, file],
                ct, environment: LibpqEnvironment.For(scratch, options.ConnectTimeout, "schemagate-backup-check"),
                timeout: options.ToolTimeout).ConfigureAwait(false);
            if (!r.Succeeded)
                throw new InfrastructureException(
                    $"Restoring the backup {Path.GetFileName(file)} into the ephemeral server failed (exit {r.ExitCode}): {r.Tail()}");
            SchemaSnapshot restored;
            await using (var conn = await Sessions.OpenScratchAsync(scratch, ct).ConfigureAwait(false))
            {
                restored = await reader.ReadAsync(conn, options.Snapshot, ct).ConfigureAwait(false);
            }
            var diff = options.Diff with { IgnoreOwners = true, IgnorePrivileges = true };
            return (prodSnapshot.Objects.Count, SchemaDiff.Compare(prodSnapshot, restored, diff));
        }
        finally
        {
            await server.DropDatabaseAsync(scratch, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private IReadOnlyList<string> Prune(string database, string keep)
    {
        var pruned = new List<string>();
        foreach (var old in BackupFileName.Existing(options.BackupDirectory, database).Skip(Math.Max(1, options.BackupKeep)))
        {
            if (string.Equals(old, keep, StringComparison.Ordinal)) continue;
            File.Delete(old);
            pruned.Add(Path.GetFileName(old));
        }
        return pruned;
    }

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
