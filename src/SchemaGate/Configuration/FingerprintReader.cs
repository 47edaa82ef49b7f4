using System.Globalization;
using Npgsql;
using SchemaGate.Connections;

namespace SchemaGate.Configuration;

/// <summary>Reads an <see cref="InstanceFingerprint"/> over an open (read-only is enough) connection.</summary>
public static class FingerprintReader
{
    /// <summary>SQLSTATE insufficient_privilege: pg_control_system() was revoked from the role.</summary>
    private const string InsufficientPrivilege = "42501";

    public static async Task<InstanceFingerprint> ReadAsync(NpgsqlConnection conn, DatabaseUrl url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conn);
        ArgumentNullException.ThrowIfNull(url);
        string database;
        uint oid;
        string version;
        await using (var cmd = new NpgsqlCommand(
            "select current_database()::text, d.oid, current_setting('server_version') from pg_database d where d.datname = current_database()", conn))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            await r.ReadAsync(ct).ConfigureAwait(false);
            database = r.GetString(0);
            oid = r.GetFieldValue<uint>(1);
            version = r.GetString(2);
        }

        string? systemIdentifier;
        try
        {
            await using var cmd = new NpgsqlCommand("select system_identifier from pg_control_system()", conn);
            var value = await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
            systemIdentifier = Convert.ToString(value, CultureInfo.InvariantCulture);
        }
        catch (PostgresException ex) when (ex.SqlState == InsufficientPrivilege)
        {
            systemIdentifier = null;
        }
        return new InstanceFingerprint(systemIdentifier, url.Builder.Host ?? "", url.Builder.Port, database, oid, version);
    }
}
