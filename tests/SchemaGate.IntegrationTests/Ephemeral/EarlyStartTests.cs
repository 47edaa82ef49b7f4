using System.Diagnostics;
using SchemaGate.Ephemeral;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Pipeline;
using SchemaGate.Processes;
using SchemaGate.Security;

namespace SchemaGate.IntegrationTests.Ephemeral;

/// <summary>
/// LintMigrations starts the ephemeral server when the run will need it, so it comes up while the rules run: its lines
/// wait for SpinUpEphemeralDb, and teardown removes it even when no target waited for it. The gate starts servers of
/// its own in a work root of its own (that start is what is tested); the shared server must outlive their teardown.
/// </summary>
public sealed class EarlyStartTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>, IDisposable
{
    private async Task SharedServerStillAnswersAsync()
    {
        var url = await fixture.CreateDatabaseAsync("early-start");
        await using var conn = new Npgsql.NpgsqlConnection(url.ConnectionString);
        await conn.OpenAsync();
        await conn.CloseAsync();
        Npgsql.NpgsqlConnection.ClearAllPools();
        await fixture.Server.DropDatabaseAsync(url, CancellationToken.None);
    }

    private readonly TempMigrations _repo = new(("0001_t.sql", "create table t (id int primary key);"));
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"sg-early-{Guid.NewGuid().ToString("N")[..8]}");
    private readonly StringWriter _output = new();

    private string Instances => Path.Combine(_work, "instances");

    private GatePipeline Gate(bool early) => new(new GateSettings
    {
        RepositoryRoot = _repo.Root,
        Ephemeral = TestEnvironment.Options() with { WorkRoot = _work },
        StartEphemeralWhileLinting = early,
    }, new Redactor(), new TextGateLog(TextWriter.Synchronized(_output)));

    private string[] Folders() => Directory.Exists(Instances) ? Directory.GetDirectories(Instances) : [];

    private static int? Postmaster(string folder)
    {
        var pid = Path.Combine(folder, "data", "postmaster.pid");
        // The server may be writing the file right now: empty or partial counts as not yet up.
        try { return File.Exists(pid) && int.TryParse(File.ReadLines(pid).FirstOrDefault(), out var p) ? p : null; }
        catch (IOException) { return null; }
    }

    private async Task<(string Folder, int Pid)> WaitForServerAsync()
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < TimeSpan.FromSeconds(60))
        {
            foreach (var folder in Folders())
                if (Postmaster(folder) is { } pid && Posix.IsAlive(pid))
                    return (folder, pid);
            await Task.Delay(20);
        }
        throw new TimeoutException("no server came up while linting");
    }

    [Fact]
    public async Task The_server_starts_while_linting_and_speaks_under_SpinUpEphemeralDb()
    {
        string folder;
        int pid;
        await using (var gate = Gate(early: true))
        {
            await gate.LintAsync(CancellationToken.None);
            (folder, pid) = await WaitForServerAsync();
            Assert.DoesNotContain("Ephemeral PostgreSQL ready", _output.ToString());

            _output.WriteLine("=== SpinUpEphemeralDb ===");
            var database = await gate.EphemeralAsync(CancellationToken.None);
            Assert.Equal(folder, ((LocalPostgresServer)database.Server).InstanceFolder);
            var text = _output.ToString();
            Assert.True(text.IndexOf("Ephemeral PostgreSQL ready", StringComparison.Ordinal) > text.IndexOf("=== SpinUpEphemeralDb ===", StringComparison.Ordinal));
            Assert.Contains(gate.Run.Timings, t => t.Name == "ephemeral start");
        }
        Assert.False(Directory.Exists(folder));
        Assert.False(Posix.IsAlive(pid));
    }

    [Fact]
    public async Task A_server_started_while_linting_that_no_target_waited_for_is_removed_at_teardown()
    {
        string folder;
        int pid;
        await using (var gate = Gate(early: true))
        {
            await gate.LintAsync(CancellationToken.None);
            (folder, pid) = await WaitForServerAsync();
        }
        Assert.False(Directory.Exists(folder));
        Assert.False(Posix.IsAlive(pid));
        Assert.Empty(Folders());
        await SharedServerStillAnswersAsync();
    }

    [Fact]
    public async Task Nothing_starts_when_the_migrations_cannot_be_read_or_the_run_does_not_need_a_server()
    {
        await using (var gate = Gate(early: false))
        {
            await gate.LintAsync(CancellationToken.None);
            await Task.Delay(500);
            Assert.Empty(Folders());
        }
        Directory.Delete(_repo.Dir, recursive: true);
        await using (var gate = Gate(early: true))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => gate.LintAsync(CancellationToken.None));
            await Task.Delay(500);
            Assert.Empty(Folders());
        }
    }

    public void Dispose()
    {
        _repo.Dispose();
        try { Directory.Delete(_work, true); } catch (IOException) { }
    }
}
