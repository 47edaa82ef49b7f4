using SchemaGate.Connections;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Drift;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Drift;

public sealed class ProductionSafetyTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task The_production_session_is_read_only_and_refuses_writes()
    {
        var production = await fixture.CreateDatabaseAsync("prod-ro");

        await using var conn = await Sessions.OpenAsync(production, Sessions.ReadOnly(DatabaseRole.Production, TimeSpan.FromSeconds(5)), CancellationToken.None);

        Assert.True(await Sessions.IsReadOnlyAsync(conn, CancellationToken.None));
        await using var cmd = new NpgsqlCommand("create table written_by_drift (id int)", conn);
        var ex = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
        Assert.Equal("25006", ex.SqlState); // read_only_sql_transaction
        await using var app = new NpgsqlCommand("show application_name", conn);
        Assert.Equal(Sessions.CheckApplicationName, await app.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Drift_check_leaves_production_byte_identical()
    {
        using var s = await DriftScenario.CreateAsync(fixture, DriftScenario.History[..2], DriftScenario.History[2]);
        var before = await StateAsync(s);

        var result = await s.CheckAsync();

        Assert.True(result.ProductionSessionReadOnly);
        Assert.Single(result.PendingEffects);
        Assert.Equal(before, await StateAsync(s));
    }

    [Fact]
    public async Task Wrong_password_is_an_infrastructure_failure_that_never_shows_the_password()
    {
        var role = "sg_pw_" + Guid.NewGuid().ToString("N")[..10];
        const string password = "Corr3ct-Horse-Battery";
        const string wrong = "Wr0ng-Pa55word-Given";
        var hba = await Db.ScalarAsync<string>(fixture.AdminUrl, "show hba_file");
        var original = await File.ReadAllTextAsync(hba!);
        await Db.ExecAsync(fixture.AdminUrl, $"create role {role} login password '{password}'");
        try
        {
            // The fixture trusts every local connection; make this one role prove its password.
            await File.WriteAllTextAsync(hba!, $"host all {role} 127.0.0.1/32 scram-sha-256\nhost all {role} ::1/128 scram-sha-256\n" + original);
            await Db.ExecAsync(fixture.AdminUrl, "select pg_reload_conf()");
            await Task.Delay(300);
            var url = fixture.AdminUrl.With(b => { b.Username = role; b.Password = wrong; b.Host = "127.0.0.1"; });

            var ex = await Assert.ThrowsAsync<InfrastructureException>(() =>
                Sessions.OpenAsync(url, Sessions.ReadOnly(DatabaseRole.Production, TimeSpan.FromSeconds(5)), CancellationToken.None));

            Assert.Equal(ExitCodes.Infrastructure, ex.ExitCode);
            Assert.Contains("wrong password", ex.Message);
            Assert.Contains(url.Display, ex.Message);
            Assert.DoesNotContain(wrong, ex.ToString());
            Assert.DoesNotContain(password, ex.ToString());

            // The right password gets in, so the failure above was the password and nothing else.
            await using var ok = await Sessions.OpenAsync(url.With(b => b.Password = password), Sessions.ReadOnly(DatabaseRole.Production, TimeSpan.FromSeconds(5)), CancellationToken.None);
            Assert.True(await Sessions.IsReadOnlyAsync(ok, CancellationToken.None));
        }
        finally
        {
            await File.WriteAllTextAsync(hba!, original);
            await Db.ExecAsync(fixture.AdminUrl, "select pg_reload_conf()");
            await Db.ExecAsync(fixture.AdminUrl, $"drop role if exists {role}");
        }
    }

    [Fact]
    public async Task Refused_port_and_unknown_host_are_named_in_plain_words_without_the_password()
    {
        const string secret = "N0t-Sh0wn-Anywhere";
        var port = FreePort();
        var refused = SchemaGate.Connections.DatabaseUrl.Parse($"postgres://app:{secret}@127.0.0.1:{port}/prod", "--prod-url");
        var unknown = SchemaGate.Connections.DatabaseUrl.Parse($"postgres://app:{secret}@no-such-host.invalid:5432/prod", "--prod-url");

        var r = await Assert.ThrowsAsync<InfrastructureException>(() => Sessions.OpenAsync(refused, Sessions.ReadOnly(DatabaseRole.Production, TimeSpan.FromSeconds(3)), CancellationToken.None));
        var u = await Assert.ThrowsAsync<InfrastructureException>(() => Sessions.OpenAsync(unknown, Sessions.ReadOnly(DatabaseRole.Production, TimeSpan.FromSeconds(3)), CancellationToken.None));

        Assert.Contains("connection refused", r.Message);
        Assert.Contains($"127.0.0.1:{port}/prod", r.Message);
        Assert.Contains("unknown host 'no-such-host.invalid'", u.Message);
        Assert.DoesNotContain(secret, r.ToString());
        Assert.DoesNotContain(secret, u.ToString());
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static async Task<(string Snapshot, string Journal)> StateAsync(DriftScenario s)
    {
        await using var conn = new NpgsqlConnection(s.Production.ConnectionString);
        await conn.OpenAsync();
        var snapshot = await new SnapshotReader().ReadAsync(conn, SnapshotOptions.Default, CancellationToken.None);
        var journal = string.Join("\n", (await Db.JournalAsync(s.Production)).Select(r => $"{r.Name}|{r.Checksum}"));
        return (SnapshotJson.WriteToString(snapshot), journal);
    }
}
