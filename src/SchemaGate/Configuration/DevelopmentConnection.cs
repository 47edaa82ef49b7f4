using System.Net.Sockets;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.Failures;

namespace SchemaGate.Configuration;

/// <summary>Opens development the way production is opened: a read-only session with a short connect timeout.</summary>
public static class DevelopmentConnection
{
    public static async Task<NpgsqlConnection> OpenAsync(DatabaseUrl url, TimeSpan connectTimeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var conn = new NpgsqlConnection(ProductionConnection.ReadOnly(url, connectTimeout).ConnectionString);
        try
        {
            await conn.OpenAsync(ct).ConfigureAwait(false);
            return conn;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or SocketException && !ct.IsCancellationRequested)
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            throw new InfrastructureException($"Cannot connect to development {url.Display}: {ConnectionFailure.Describe(ex, url, connectTimeout)}.", ex);
        }
        catch
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
