using System.Net.Sockets;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;

namespace SchemaGate.Drift;

/// <summary>
/// Opens production read-only (<c>default_transaction_read_only=on</c> for the whole session), with a short
/// connect timeout and the application name <c>schemagate-drift</c>. Failures become an
/// <see cref="InfrastructureException"/> in plain words, naming the server by <see cref="DatabaseUrl.Display"/> only.
/// </summary>
public static class ProductionConnection
{
    public const string ApplicationName = "schemagate-drift";

    /// <summary>The settings used to connect: the given URL plus the read-only session option.</summary>
    public static DatabaseUrl ReadOnly(DatabaseUrl url, TimeSpan connectTimeout) => url.With(b =>
    {
        const string readOnly = "-c default_transaction_read_only=on";
        b.Options = string.IsNullOrWhiteSpace(b.Options) ? readOnly : $"{b.Options} {readOnly}";
        b.Timeout = Math.Max(1, (int)Math.Ceiling(connectTimeout.TotalSeconds));
        b.ApplicationName = ApplicationName;
        b.Pooling = false;
    });

    public static async Task<NpgsqlConnection> OpenAsync(DatabaseUrl url, TimeSpan connectTimeout, CancellationToken ct)
    {
        var settings = ReadOnly(url, connectTimeout);
        var conn = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            await conn.OpenAsync(ct).ConfigureAwait(false);
            return conn;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or SocketException && !ct.IsCancellationRequested)
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            throw new InfrastructureException($"Cannot connect to production {url.Display}: {ConnectionFailure.Describe(ex, url, connectTimeout)}.", ex);
        }
        catch
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>True when the session reports <c>default_transaction_read_only = on</c>.</summary>
    public static async Task<bool> IsReadOnlyAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("show default_transaction_read_only", conn);
        return string.Equals((string?)await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), "on", StringComparison.Ordinal);
    }
}
