using Npgsql;
using SchemaGate.Connections;

namespace SchemaGate.IntegrationTests.Infrastructure;

/// <summary>Small helpers for asserting on a database.</summary>
public static class Db
{
    public static async Task<T?> ScalarAsync<T>(DatabaseUrl db, string sql)
    {
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        var v = await cmd.ExecuteScalarAsync();
        return v is null or DBNull ? default : (T)v;
    }

    public static async Task ExecAsync(DatabaseUrl db, string sql)
    {
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<List<(string Name, string? Checksum)>> JournalAsync(DatabaseUrl db)
    {
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("select scriptname, checksum from schemaversions order by schemaversionsid", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<(string, string?)>();
        while (await r.ReadAsync()) rows.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1)));
        return rows;
    }

    public static Task<bool> TableExistsAsync(DatabaseUrl db, string name) =>
        ScalarAsync<bool>(db, $"select to_regclass('{name}') is not null");
}
