using System.Diagnostics;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;

namespace SchemaGate.Ephemeral;

/// <summary>
/// A PostgreSQL server started from local binaries in a temporary instance folder: a copy of the cached template
/// cluster, listening on a free port on 127.0.0.1 with its socket inside the folder. Disposing it stops the server
/// and deletes the folder; if this process dies instead, the watchdog or the next start removes it.
/// </summary>
public sealed class LocalPostgresServer : IEphemeralServer
{
    private readonly LocalInstanceFolder _folder;
    private readonly ScratchDatabases _databases;
    private int _disposed;
    private int? _watchdogPid;

    private ServerAccount? _account;
    private readonly PostgresBinaries _bins;

    private LocalPostgresServer(LocalInstanceFolder folder, DatabaseUrl admin, string version, PostgresBinaries bins, int port)
    {
        _bins = bins;
        _folder = folder;
        AdminUrl = admin;
        ServerVersion = version;
        ServerMajor = bins.Major;
        Port = port;
        _databases = new ScratchDatabases(admin, "sg_");
        Description = $"local PostgreSQL {version} ({bins.BinDir}, found by {bins.FoundBy}) on 127.0.0.1:{port}, folder {folder.Path}";
    }

    public string Description { get; }
    public string ServerVersion { get; }
    public int ServerMajor { get; }
    public int Port { get; }
    public DatabaseUrl AdminUrl { get; }
    public string InstanceFolder => _folder.Path;

    public IReadOnlyList<string> Reaped { get; private set; } = [];

    /// <summary>Finds binaries, reaps abandoned instances, copies the template and starts a server.</summary>
    public static async Task<LocalPostgresServer> StartAsync(EphemeralOptions options, CancellationToken ct, TextWriter? log = null)
    {
        var bins = options is { ExactMajor: true, PgMajor: { } major }
            ? await PostgresBinaries.AcquireAsync(major, options, log ?? TextWriter.Null, ct).ConfigureAwait(false)
            : await PostgresBinaries.DiscoverAsync(options.PgBin, options.PgMajor, ct, cacheRoot: options.ResolvedCacheRoot).ConfigureAwait(false);
        var account = await ServerAccount.ResolveAsync(options.ServerOsUser, ct).ConfigureAwait(false);
        var instancesRoot = Path.Combine(options.ResolvedWorkRoot, "instances");
        Directory.CreateDirectory(instancesRoot);
        TemplateCache.MakeTraversable(options.ResolvedWorkRoot);
        TemplateCache.MakeTraversable(instancesRoot);
        var reaped = await InstanceReaper.ReapAsync(instancesRoot).ConfigureAwait(false);
        // Instances left in the temp folder by runs that kept them there (TMPDIR set, or no tmpfs then) are reaped too.
        var onDisk = Path.Combine(WorkRoots.TempFolderRoot, "instances");
        if (options.WorkRoot is null && !string.Equals(Path.GetFullPath(onDisk), Path.GetFullPath(instancesRoot), StringComparison.Ordinal))
            reaped = [.. reaped, .. await InstanceReaper.ReapAsync(onDisk).ConfigureAwait(false)];

        var template = await TemplateCache.EnsureAsync(bins, account, options.ResolvedCacheRoot, ct).ConfigureAwait(false);
        var folder = LocalInstanceFolder.Create(instancesRoot, InstanceOwner.Current());
        try
        {
            var watchdog = options.Watchdog ? Watchdog.Start(folder, Environment.ProcessId) : null;
            if (HostPlatform.Current.TemplateCopyCommand(template, folder.DataDir) is { } cp)
            {
                var copy = await Processes.ProcessRunner.RunAsync(cp.File, cp.Args, ct, timeout: TimeSpan.FromMinutes(1)).ConfigureAwait(false);
                if (!copy.Succeeded) throw new InfrastructureException($"could not copy the template cluster {template}: {copy.Tail()}");
            }
            else
            {
                CopyTree(template, folder.DataDir);
            }
            TemplateCache.MakeTraversable(folder.Path);
            // cp -a kept the template's owner (the server's account) on data/; the folder, its socket folder and owner.json
            // are this process's own.
            if (HostPlatform.Current.TemplateCopyCommand(template, folder.DataDir) is null) await account.OwnAsync(folder.Path, ct).ConfigureAwait(false);
            else account.Own(folder.Path, folder.SocketDir, folder.OwnerFile);

            for (var attempt = 1; ; attempt++)
            {
                var port = LoopbackPort.Free();
                // pg_stat_statements is loaded (tracking nothing by default) so the traced analysis can turn it on for its session.
                var statementStats = bins.HasStatementStats
                    ? "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track = 'none'\n"
                    : "";
                // Dynamic shared memory as files in data/pg_dynshmem rather than POSIX segments in /dev/shm: a server killed
                // outright (SIGKILL, the machine's OOM killer) leaves them inside its folder, which the reaper removes.
                var sharedMemory = OperatingSystem.IsWindows() ? "" : "dynamic_shared_memory_type = mmap\n";
                await File.WriteAllTextAsync(Path.Combine(folder.DataDir, "postgresql.auto.conf"),
                    $"port = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = {HostPlatform.Current.SocketDirectoriesSetting(folder.SocketDir)}\n{statementStats}{sharedMemory}", ct).ConfigureAwait(false);
                account.Own(Path.Combine(folder.DataDir, "postgresql.auto.conf"));
                if (File.Exists(folder.LogFile)) File.Delete(folder.LogFile);
                var start = await account.RunAsync(bins.PgCtl, ["start", "-D", folder.DataDir, "-l", folder.LogFile, "-W", "-s"], ct,
                    TimeSpan.FromSeconds(30)).ConfigureAwait(false);
                if (!start.Succeeded)
                    throw new InfrastructureException($"pg_ctl start failed: {start.Tail()} {LogTail(folder)}");
                var ready = await WaitReadyAsync(folder, options.StartTimeout, ct).ConfigureAwait(false);
                if (ready)
                {
                    var server = await ConnectAsync(folder, bins, port, ct).ConfigureAwait(false);
                    server._watchdogPid = watchdog;
                    server._account = account;
                    server.Reaped = reaped;
                    return server;
                }
                var serverLog = LogTail(folder);
                await folder.StopServerAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                if (attempt < 3 && serverLog.Contains("could not bind", StringComparison.OrdinalIgnoreCase)) continue;
                throw new InfrastructureException($"the ephemeral PostgreSQL server did not start within {options.StartTimeout.TotalSeconds:0} s: {serverLog}");
            }
        }
        catch
        {
            // (the watchdog, if started, finds the folder gone and exits when this process does)
            await folder.StopServerAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            folder.Delete();
            throw;
        }
    }

    /// <summary>A plain recursive copy, for Windows (no <c>cp</c>; data directory modes are not checked there).</summary>
    internal static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    private static async Task<LocalPostgresServer> ConnectAsync(LocalInstanceFolder folder, PostgresBinaries bins, int port, CancellationToken ct)
    {
        var admin = DatabaseUrl.Parse(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=15;Include Error Detail=true;Application Name=schemagate",
            "ephemeral server");
        await using var conn = await Sessions.OpenScratchAsync(admin, ct).ConfigureAwait(false);
        return new LocalPostgresServer(folder, admin, conn.PostgreSqlVersion.ToString(), bins, port) { };
    }

    private static async Task<bool> WaitReadyAsync(LocalInstanceFolder folder, TimeSpan timeout, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var sawPid = false;
        while (sw.Elapsed < timeout)
        {
            ct.ThrowIfCancellationRequested();
            var pm = folder.ReadPostmaster();
            if (pm is { Status: "ready" }) return true;
            if (pm is not null) sawPid = true;
            else if (sawPid || (sw.Elapsed > TimeSpan.FromSeconds(3) && LogTail(folder).Contains("FATAL", StringComparison.Ordinal)))
                return false; // the postmaster went away again
            if (pm is { } p && !Processes.Posix.IsAlive(p.Pid)) return false;
            await Task.Delay(5, ct).ConfigureAwait(false);
        }
        return false;
    }

    private static string LogTail(LocalInstanceFolder folder)
    {
        try
        {
            var lines = File.ReadAllLines(folder.LogFile).Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(5);
            return "server log: " + string.Join(" | ", lines);
        }
        catch (IOException) { return ""; }
    }

    /// <summary>Stops the server at once, as a crash would (for fault tests); <see cref="RestartAsync"/> brings it back.</summary>
    internal Task StopAsync(TimeSpan timeout) => _folder.StopServerAsync(timeout);

    /// <summary>Starts the stopped server again on its own data (crash recovery runs), for fault tests.</summary>
    internal async Task RestartAsync(CancellationToken ct)
    {
        var start = await _account!.RunAsync(_bins.PgCtl, ["start", "-D", _folder.DataDir, "-l", _folder.LogFile, "-W", "-s"], ct, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        if (!start.Succeeded || !await WaitReadyAsync(_folder, TimeSpan.FromSeconds(60), ct).ConfigureAwait(false))
            throw new InfrastructureException($"the server did not start again: {start.Tail()} {LogTail(_folder)}");
    }

    public Task<DatabaseUrl> CreateDatabaseAsync(string purpose, CancellationToken ct) => _databases.CreateAsync(purpose, null, ct);

    public Task DropDatabaseAsync(DatabaseUrl database, CancellationToken ct) => _databases.DropAsync(database.Database, ct);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        foreach (var db in _databases.Made) ScratchDatabases.ClearPool(db);
        ScratchDatabases.ClearPool(AdminUrl);
        await _folder.StopServerAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        _folder.Delete();
        if (_watchdogPid is { } pid) Processes.Posix.Signal(pid, Processes.Posix.SigTerm);
    }
}
