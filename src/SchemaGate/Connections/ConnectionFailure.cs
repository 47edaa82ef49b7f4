using System.Net.Sockets;
using Npgsql;

namespace SchemaGate.Connections;

/// <summary>Why a connection attempt failed, in plain words that name the server but never the password.</summary>
public static class ConnectionFailure
{
    public static string Describe(Exception ex, DatabaseUrl url, TimeSpan timeout)
    {
        var user = url.Builder.Username ?? "(default user)";
        if (ex is PostgresException pg)
        {
            return pg.SqlState switch
            {
                "28P01" => $"the password for user '{user}' was refused (wrong password)",
                "28000" => $"the server does not let user '{user}' in from here (pg_hba.conf refused the connection, or the role cannot log in)",
                "3D000" => $"the database '{url.Database}' does not exist on that server",
                "57P03" => "the server is starting up or shutting down",
                "53300" => "the server has no free connection slots",
                _ => $"the server refused the connection (SQLSTATE {pg.SqlState})",
            };
        }
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains("No SSL enabled connection from this host is configured", StringComparison.Ordinal) ||
                e.Message.Contains("server does not support SSL", StringComparison.OrdinalIgnoreCase))
                return $"the server does not support SSL, but the setting asks for it (sslmode={SslMode(url)}): use sslmode=prefer or disable, or enable SSL on the server";
            if (e is System.Security.Authentication.AuthenticationException auth)
                return $"the SSL handshake failed ({auth.Message.TrimEnd('.')}; sslmode={SslMode(url)}): check the server's certificate and the root certificate given";
            if (e is TimeoutException || e is NpgsqlException { InnerException: TimeoutException })
                return $"no answer within {timeout.TotalSeconds:0} s (timed out; is the host reachable and the port open?)";
            if (e is SocketException socket)
            {
                return socket.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => $"connection refused on port {url.Builder.Port} (is PostgreSQL running there?)",
                    SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => $"unknown host '{url.Builder.Host}' (the name does not resolve)",
                    SocketError.TimedOut => $"no answer within {timeout.TotalSeconds:0} s (timed out)",
                    SocketError.NetworkUnreachable or SocketError.HostUnreachable => $"host '{url.Builder.Host}' is unreachable",
                    _ => $"network error ({socket.SocketErrorCode})",
                };
            }
        }
        return $"the connection failed before PostgreSQL answered ({ex.GetBaseException().Message.TrimEnd('.')})";
    }

    private static string SslMode(DatabaseUrl url) => url.Builder.SslMode.ToString().ToLowerInvariant() switch
    {
        "verifyca" => "verify-ca",
        "verifyfull" => "verify-full",
        var other => other,
    };
}
