using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;

namespace SchemaGate.Tracing;

/// <summary>
/// Where the traced analysis reads <c>pg_stat_statements</c> on an ephemeral server: a scratch database of its own
/// holding the extension, so the migrated database never gets an object the scripts did not create (a script's own
/// <c>CREATE EXTENSION pg_stat_statements</c> still works there). <see cref="Database"/> is null when the server cannot
/// give it, and <see cref="Unavailable"/> then says why in words.
/// </summary>
public sealed record StatementStats(DatabaseUrl? Database, string? Unavailable)
{
    /// <summary>
    /// The extension needs the library preloaded (the local and docker providers start the server so), PostgreSQL 14 or
    /// later (the <c>toplevel</c> column tells nested statements apart), and a superuser session (the tracer turns
    /// tracking on for its own session only).
    /// </summary>
    public static async Task<StatementStats> ProvideAsync(IEphemeralServer server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.ServerMajor < 14)
            return new StatementStats(null, $"PostgreSQL {server.ServerVersion} is older than 14 (pg_stat_statements cannot tell nested statements apart)");
        await using (var admin = await Sessions.OpenScratchAsync(server.AdminUrl, ct).ConfigureAwait(false))
        {
            await using var cmd = new NpgsqlCommand(
                "select current_setting('shared_preload_libraries'), (select rolsuper from pg_roles where rolname = current_user)", admin);
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await r.ReadAsync(ct).ConfigureAwait(false);
            var preload = r.GetString(0);
            if (!preload.Split(',').Select(p => p.Trim().Trim('"')).Contains("pg_stat_statements", StringComparer.OrdinalIgnoreCase))
                return new StatementStats(null, "the ephemeral server does not preload pg_stat_statements (shared_preload_libraries)");
            if (!r.GetBoolean(1))
                return new StatementStats(null, "the ephemeral server's role is not a superuser, so it cannot turn pg_stat_statements tracking on for its session");
        }
        var database = await server.CreateDatabaseAsync("stats", ct).ConfigureAwait(false);
        await using var conn = await Sessions.OpenScratchAsync(database, ct).ConfigureAwait(false);
        await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", conn);
        await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return new StatementStats(database, null);
    }
}
