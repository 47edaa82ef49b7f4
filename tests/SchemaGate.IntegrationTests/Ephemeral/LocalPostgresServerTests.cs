using Npgsql;
using SchemaGate.Ephemeral;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Ephemeral;

public sealed class LocalPostgresServerTests
{
    private static EphemeralOptions IsolatedOptions(string name) =>
        TestEnvironment.Options() with { WorkRoot = Path.Combine(Path.GetTempPath(), $"schemagate-t-{name}-{Guid.NewGuid():N}") };

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
            await using var cmd = new NpgsqlCommand("select current_setting('fsync'), current_setting('listen_addresses'), pg_backend_pid()", conn);
            await using var r = await cmd.ExecuteReaderAsync();
            Assert.True(await r.ReadAsync());
            Assert.Equal("off", r.GetString(0));
            Assert.Equal("127.0.0.1", r.GetString(1));
            postmaster = int.Parse(File.ReadAllLines(Path.Combine(folder, "data", "postmaster.pid"))[0]);
            Assert.True(SchemaGate.Processes.Posix.IsAlive(postmaster));
            Assert.StartsWith(Path.Combine(options.ResolvedWorkRoot, "instances"), folder);
        }
        Assert.False(Directory.Exists(folder));
        Assert.False(SchemaGate.Processes.Posix.IsAlive(postmaster));
        Directory.Delete(options.ResolvedWorkRoot, true);
    }
}
