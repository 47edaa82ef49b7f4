using Npgsql;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Catalog;

/// <summary>Two cluster-wide roles with names unique to one case; dropped (after the case's databases) on dispose.</summary>
internal sealed class CaseRoles : IAsyncDisposable
{
    private readonly PostgresServerFixture _server;

    private CaseRoles(PostgresServerFixture server, string prefix)
    {
        _server = server;
        R1 = prefix + "_r1";
        R2 = prefix + "_r2";
    }

    public string R1 { get; }
    public string R2 { get; }

    public string Apply(string ddl) => ddl.Replace("{r1}", R1, StringComparison.Ordinal).Replace("{r2}", R2, StringComparison.Ordinal);

    public static async Task<CaseRoles> CreateAsync(PostgresServerFixture server, CancellationToken ct)
    {
        var roles = new CaseRoles(server, "sg_cat_" + Guid.NewGuid().ToString("N")[..10]);
        await roles.ExecAsync($"CREATE ROLE {roles.R1}; CREATE ROLE {roles.R2};", ct);
        return roles;
    }

    public async ValueTask DisposeAsync() => await ExecAsync($"DROP ROLE IF EXISTS {R1}; DROP ROLE IF EXISTS {R2};", CancellationToken.None);

    private async Task ExecAsync(string sql, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(_server.AdminUrl.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
