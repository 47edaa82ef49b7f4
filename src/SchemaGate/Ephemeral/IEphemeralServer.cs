using SchemaGate.Connections;

namespace SchemaGate.Ephemeral;

/// <summary>
/// A throwaway PostgreSQL server (or, for an existing server, a set of scratch databases). Disposing it removes
/// everything it made: the server process, its folder, its containers or its databases.
/// </summary>
public interface IEphemeralServer : IAsyncDisposable
{
    /// <summary>Human description, safe to print (no password).</summary>
    string Description { get; }

    /// <summary>Full server version string, e.g. "15.18".</summary>
    string ServerVersion { get; }

    int ServerMajor { get; }

    /// <summary>A superuser-grade connection to the server's maintenance database.</summary>
    DatabaseUrl AdminUrl { get; }

    /// <summary>Creates a fresh, empty database and returns its connection. <paramref name="purpose"/> becomes part of its name.</summary>
    Task<DatabaseUrl> CreateDatabaseAsync(string purpose, CancellationToken ct);

    /// <summary>What starting this server removed that earlier runs left behind (killed before their teardown), in words.</summary>
    IReadOnlyList<string> Reaped => [];

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/> before teardown.</summary>
    Task DropDatabaseAsync(DatabaseUrl database, CancellationToken ct);
}
