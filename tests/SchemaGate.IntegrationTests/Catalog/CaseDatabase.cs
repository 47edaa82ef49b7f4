using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Catalog;

/// <summary>A fresh database holding one side of a case, dropped on dispose.</summary>
internal sealed class CaseDatabase(PostgresServerFixture server, DatabaseUrl url) : IAsyncDisposable
{
    public DatabaseUrl Url { get; } = url;

    public static async Task<CaseDatabase> CreateAsync(PostgresServerFixture server, string purpose, string ddl, CancellationToken ct)
    {
        var db = new CaseDatabase(server, await server.CreateDatabaseAsync(purpose, ct));
        if (!string.IsNullOrWhiteSpace(ddl))
        {
            await using var conn = new NpgsqlConnection(db.Url.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand(ddl, conn);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        return db;
    }

    public async Task<SchemaSnapshot> SnapshotAsync(SnapshotOptions options, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(Url.ConnectionString);
        await conn.OpenAsync(ct);
        return await new SnapshotReader().ReadAsync(conn, options, ct);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await server.Server.DropDatabaseAsync(Url, CancellationToken.None);
    }
}
