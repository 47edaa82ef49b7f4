using System.Diagnostics;
using Npgsql;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Processes;

namespace SchemaGate.IntegrationTests.Ephemeral;

public sealed class LocalPostgresServerTests
{
    private static EphemeralOptions IsolatedOptions(string name, bool watchdog = true) =>
        TestEnvironment.Options() with
        {
            WorkRoot = Path.Combine(Path.GetTempPath(), $"schemagate-t-{name}-{Guid.NewGuid():N}"),
            Watchdog = watchdog,
        };

    private static int PostmasterPid(string folder) => int.Parse(File.ReadAllLines(Path.Combine(folder, "data", "postmaster.pid"))[0]);

    private static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (!condition() && sw.Elapsed < timeout) await Task.Delay(50);
    }

    [Fact]
    public async Task Starts_accepts_connections_and_removes_everything_on_dispose()
    {
        var options = IsolatedOptions("normal");
        string folder;
        int postmaster;
        await using (var server = await LocalPostgresServer.StartAsync(options, CancellationToken.None))
        {
            folder = server.InstanceFolder;
            var db = await server.CreateDatabaseAsync("smoke", CancellationToken.None);
            await using var conn = new NpgsqlConnection(db.ConnectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("select current_setting('fsync'), current_setting('listen_addresses'), current_setting('unix_socket_directories')", conn);
            await using var r = await cmd.ExecuteReaderAsync();
            Assert.True(await r.ReadAsync());
            Assert.Equal("off", r.GetString(0));
            Assert.Equal("127.0.0.1", r.GetString(1));
            Assert.Equal(Path.Combine(folder, "sock"), r.GetString(2));
            postmaster = PostmasterPid(folder);
            Assert.True(Posix.IsAlive(postmaster));
            Assert.StartsWith(Path.Combine(options.ResolvedWorkRoot, "instances"), folder);
            Assert.Equal(Environment.ProcessId, InstanceOwner.TryParse(File.ReadAllText(Path.Combine(folder, "owner.json")))!.Pid);
        }
        Assert.False(Directory.Exists(folder));
        Assert.False(Posix.IsAlive(postmaster));
        Directory.Delete(options.ResolvedWorkRoot, true);
    }

    [Fact]
    public async Task Dynamic_shared_memory_lives_in_the_instance_folder_so_a_killed_server_leaves_none_in_dev_shm()
    {
        if (OperatingSystem.IsWindows()) return;
        var options = IsolatedOptions("dsm");
        string folder;
        await using (var server = await LocalPostgresServer.StartAsync(options, CancellationToken.None))
        {
            folder = server.InstanceFolder;
            var db = await server.CreateDatabaseAsync("dsm", CancellationToken.None);
            await using var conn = new NpgsqlConnection(db.ConnectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("select current_setting('dynamic_shared_memory_type')", conn);
            Assert.Equal("mmap", (string?)await cmd.ExecuteScalarAsync());
            // The control segment is made at start: a file of the folder, not a POSIX segment in /dev/shm.
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "data", "pg_dynshmem")));
            await conn.CloseAsync();
            Assert.True(Posix.Signal(PostmasterPid(folder), 9));
        }
        Assert.False(Directory.Exists(folder));
        Directory.Delete(options.ResolvedWorkRoot, true);
    }

    [Fact]
    public async Task When_root_the_server_runs_as_the_unprivileged_account()
    {
        var options = IsolatedOptions("root");
        await using var server = await LocalPostgresServer.StartAsync(options, CancellationToken.None);
        var status = File.ReadAllLines($"/proc/{PostmasterPid(server.InstanceFolder)}/status");
        var uid = int.Parse(status.Single(l => l.StartsWith("Uid:")).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1]);
        var expected = Posix.IsRoot
            ? int.Parse((await ProcessRunner.RunAsync("id", ["-u", "postgres"], CancellationToken.None)).StandardOutput.Trim())
            : int.Parse((await ProcessRunner.RunAsync("id", ["-u"], CancellationToken.None)).StandardOutput.Trim());
        Assert.NotEqual(0, uid);
        Assert.Equal(expected, uid);
        await server.DisposeAsync();
        Directory.Delete(options.ResolvedWorkRoot, true);
    }

    [Fact]
    public async Task Instance_whose_owner_died_is_stopped_and_deleted_at_the_next_start()
    {
        var options = IsolatedOptions("reap", watchdog: false);
        var server = await LocalPostgresServer.StartAsync(options, CancellationToken.None);
        var folder = server.InstanceFolder;
        var postmaster = PostmasterPid(folder);

        // Pretend the owner was killed: point owner.json at a process that has exited.
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await gone.WaitForExitAsync();
        var dead = new InstanceOwner(gone.Id, null, Environment.MachineName, DateTimeOffset.UtcNow);
        File.WriteAllText(Path.Combine(folder, "owner.json"), dead.ToJson());

        await using (var next = await LocalPostgresServer.StartAsync(options, CancellationToken.None))
        {
            Assert.False(Directory.Exists(folder));
            Assert.False(Posix.IsAlive(postmaster));
            Assert.True(Directory.Exists(next.InstanceFolder));
            var said = Assert.Single(next.Reaped);
            Assert.Contains($"local instance {Path.GetFileName(folder)} (left by process {gone.Id}, which is gone", said);
        }
        Directory.Delete(options.ResolvedWorkRoot, true);
    }

    [Fact]
    public async Task Live_instances_of_other_owners_are_left_alone()
    {
        var options = IsolatedOptions("live", watchdog: false);
        await using var first = await LocalPostgresServer.StartAsync(options, CancellationToken.None);
        await using (var second = await LocalPostgresServer.StartAsync(options, CancellationToken.None))
        {
            Assert.True(Directory.Exists(first.InstanceFolder));
            Assert.True(Posix.IsAlive(PostmasterPid(first.InstanceFolder)));
            Assert.NotEqual(first.Port, second.Port);
        }
        await first.DisposeAsync();
        Directory.Delete(options.ResolvedWorkRoot, true);
    }

    [Fact]
    public async Task Watchdog_removes_the_instance_soon_after_its_owner_is_killed()
    {
        var options = IsolatedOptions("watchdog", watchdog: false);
        var server = await LocalPostgresServer.StartAsync(options, CancellationToken.None);
        var folder = server.InstanceFolder;
        var postmaster = PostmasterPid(folder);
        using var owner = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        Watchdog.Start(new LocalInstanceFolder(folder), owner.Id);

        await Task.Delay(1200);
        Assert.True(Directory.Exists(folder), "the watchdog must wait while the owner lives");
        owner.Kill();
        await WaitUntil(() => !Directory.Exists(folder) && !Posix.IsAlive(postmaster), TimeSpan.FromSeconds(15));
        Assert.False(Posix.IsAlive(postmaster));
        Assert.False(Directory.Exists(folder));
        Directory.Delete(options.ResolvedWorkRoot, true);
    }

    [Fact]
    public async Task Pg_bin_without_server_binaries_is_a_usage_error_naming_the_folder()
    {
        var empty = Directory.CreateTempSubdirectory("sg-nobin");
        var ex = await Assert.ThrowsAsync<UsageException>(() =>
            LocalPostgresServer.StartAsync(IsolatedOptions("nobin") with { PgBin = empty.FullName }, CancellationToken.None));
        Assert.Contains(empty.FullName, ex.Message);
        Assert.Equal(ExitCodes.Usage, ex.ExitCode);
        empty.Delete();
    }

    [Fact]
    public async Task Discovery_without_any_binaries_is_an_infrastructure_error_listing_where_it_looked()
    {
        var root = Directory.CreateTempSubdirectory("sg-debian");
        try
        {
            var ex = await Assert.ThrowsAsync<InfrastructureException>(() =>
                PostgresBinaries.DiscoverAsync(null, null, CancellationToken.None, root.FullName, searchPath: "/nonexistent"));
            Assert.Contains("initdb on PATH", ex.Message);
            Assert.Contains(root.FullName, ex.Message);
            Assert.Contains("--pg-bin", ex.Message);
        }
        finally
        {
            root.Delete();
        }
    }
}
