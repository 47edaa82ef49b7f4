using System.Net.Sockets;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;

namespace SchemaGate.Production;

/// <summary>
/// The writable production session of every target that writes to production (deploy, seeds, Baseline, Rollback),
/// named by its application name (<c>schemagate-deploy</c> unless given), a short connect timeout, no pooling, no
/// command timeout (<c>statement_timeout</c> bounds each statement). Failures name the server by
/// <see cref="DatabaseUrl.Display"/> only.
/// The read-only opener of the check targets is <see cref="Drift.ProductionConnection"/>.
/// </summary>
public static class ProductionSession
{
    public const string ApplicationName = "schemagate-deploy";

    /// <summary>The settings used to connect: the given URL with the deploy session's options.</summary>
    public static DatabaseUrl Writable(DatabaseUrl url, TimeSpan connectTimeout, string applicationName = ApplicationName) => url.With(b =>
    {
        b.Timeout = Math.Max(1, (int)Math.Ceiling(connectTimeout.TotalSeconds));
        b.ApplicationName = applicationName;
        b.Pooling = false;
        b.CommandTimeout = 0;
    });

    public static Task<NpgsqlConnection> OpenAsync(DatabaseUrl url, TimeSpan connectTimeout, CancellationToken ct) =>
        OpenAsync(url, connectTimeout, ApplicationName, "to deploy", ct);

    /// <param name="purpose">Said in the failure message after the server ("to deploy"); null says nothing.</param>
    public static async Task<NpgsqlConnection> OpenAsync(DatabaseUrl url, TimeSpan connectTimeout, string applicationName, string? purpose,
        CancellationToken ct)
    {
        var conn = new NpgsqlConnection(Writable(url, connectTimeout, applicationName).ConnectionString);
        try
        {
            await conn.OpenAsync(ct).ConfigureAwait(false);
            return conn;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or SocketException && !ct.IsCancellationRequested)
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            var why = purpose is null ? "" : " " + purpose;
            throw new InfrastructureException($"Cannot connect to production {url.Display}{why}: {ConnectionFailure.Describe(ex, url, connectTimeout)}.", ex);
        }
        catch
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The server's major version (<c>server_version_num / 10000</c>) and its full version string.</summary>
    public static async Task<(int Major, string Version)> ServerVersionAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select current_setting('server_version_num')::int, current_setting('server_version')", conn);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        return (r.GetInt32(0) / 10000, r.GetString(1));
    }
}
