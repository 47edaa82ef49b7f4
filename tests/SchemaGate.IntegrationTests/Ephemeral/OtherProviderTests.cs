using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Ephemeral;

public sealed class ExistingServerTests(PostgresServerFixture pg) : IClassFixture<PostgresServerFixture>
{
    private static async Task<bool> DatabaseExists(DatabaseUrl admin, string name)
    {
        await using var conn = new NpgsqlConnection(admin.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("select count(*) from pg_database where datname = @n", conn);
        cmd.Parameters.AddWithValue("n", name);
        return (long)(await cmd.ExecuteScalarAsync())! == 1;
    }

    [Fact]
    public async Task Scratch_databases_are_created_and_dropped_with_force_at_teardown()
    {
        var server = await EphemeralProvider.StartAsync(new EphemeralOptions { Kind = EphemeralKind.Server, ServerUrl = pg.AdminUrl }, null, CancellationToken.None);
        var db = await server.CreateDatabaseAsync("scratch", CancellationToken.None);
        Assert.StartsWith(ExistingServerDatabases.Prefix, db.Database);
        // An open session must not keep the database alive (DROP ... WITH (FORCE)).
        var conn = new NpgsqlConnection(db.With(b => b.Pooling = false).ConnectionString);
        await conn.OpenAsync();
        Assert.True(await DatabaseExists(pg.AdminUrl, db.Database));
        await server.DisposeAsync();
        Assert.False(await DatabaseExists(pg.AdminUrl, db.Database));
        await conn.DisposeAsync();
    }

    [Fact]
    public async Task Databases_left_by_a_dead_owner_are_dropped_at_the_next_start()
    {
        var name = ExistingServerDatabases.Prefix + "stale_" + Guid.NewGuid().ToString("N")[..8];
        await using (var conn = new NpgsqlConnection(pg.AdminUrl.ConnectionString))
        {
            await conn.OpenAsync();
            await new NpgsqlCommand($"create database \"{name}\"", conn).ExecuteNonQueryAsync();
            var dead = new InstanceOwner(int.MaxValue - 7, null, Environment.MachineName, DateTimeOffset.UtcNow).ToTag();
            await new NpgsqlCommand($"comment on database \"{name}\" is 'schemagate owner={dead}'", conn).ExecuteNonQueryAsync();
        }
        await using var server = await EphemeralProvider.StartAsync(new EphemeralOptions { Kind = EphemeralKind.Server, ServerUrl = pg.AdminUrl }, null, CancellationToken.None);
        Assert.False(await DatabaseExists(pg.AdminUrl, name));
    }

    [Fact]
    public async Task Unreachable_server_is_an_infrastructure_error_without_the_password()
    {
        var url = DatabaseUrl.Parse("postgres://admin:S3cretPw!@127.0.0.1:1/postgres", "--ephemeral-server-url");
        var ex = await Assert.ThrowsAsync<InfrastructureException>(() =>
            EphemeralProvider.StartAsync(new EphemeralOptions { Kind = EphemeralKind.Server, ServerUrl = url }, null, CancellationToken.None));
        Assert.Contains("127.0.0.1:1", ex.Message);
        Assert.Contains("refused", ex.Message);
        Assert.DoesNotContain("S3cretPw", ex.Message);
    }

    [Fact]
    public void Server_errors_are_mapped_to_plain_words()
    {
        var url = DatabaseUrl.Parse("postgres://admin:pw-xyz@db.internal:5432/app", "--ephemeral-server-url");
        Assert.Equal("the password for user 'admin' was refused (wrong password)",
            ConnectionFailure.Describe(new PostgresException("password authentication failed for user \"admin\"", "FATAL", "FATAL", "28P01"), url, TimeSpan.FromSeconds(10)));
        Assert.Equal("the database 'app' does not exist on that server",
            ConnectionFailure.Describe(new PostgresException("database \"app\" does not exist", "FATAL", "FATAL", "3D000"), url, TimeSpan.FromSeconds(10)));
    }
}
