using System.Net.Sockets;
using Npgsql;

namespace SchemaGate.Connections;

/// <summary>
/// Why a session's work stopped, in words a person acts on: cancelled by the user, the server shut down, the
/// connection lost, a timeout. Never the password; the exception type only when nothing better is known.
/// </summary>
public static class FaultCause
{
    public static string Describe(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case OperationCanceledException:
                    return "cancelled by the user (Ctrl+C or SIGTERM)";
                case PostgresException { SqlState: "57P01" or "57P02" }:
                    return "the server ended the session (an administrator terminated it, or the server is shutting down)";
                case PostgresException { SqlState: "57P03" }:
                    return "the server is starting up or shutting down";
                case PostgresException { SqlState: "57014" } pg:
                    return $"the statement was cancelled ({pg.MessageText})";
                case PostgresException { SqlState: "55P03" } pg:
                    return $"a lock was not granted within lock_timeout ({pg.MessageText})";
                case PostgresException { SqlState: "53100" }:
                    return "the server's disk is full";
                case TimeoutException:
                    return "the server stopped answering (timed out)";
                case EndOfStreamException:
                case IOException:
                case SocketException:
                    return "the connection to the server was lost (the server stopped, crashed or the network dropped it)";
                case ObjectDisposedException:
                    return "the connection to the server was lost (its session was closed under it)";
            }
        }
        return ex is NpgsqlException npgsql && npgsql.IsTransient
            ? "the connection to the server was lost"
            : $"{ex.GetType().Name}: {ex.Message}";
    }
}
