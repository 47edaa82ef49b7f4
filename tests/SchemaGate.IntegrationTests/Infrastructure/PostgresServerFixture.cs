using SchemaGate.Connections;
using SchemaGate.Ephemeral;

namespace SchemaGate.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway local PostgreSQL server for the whole test run, started by the project's own ephemeral
/// provider. Tests ask it for fresh databases; the server and its folder are removed at the end.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private LocalPostgresServer? _server;

    public LocalPostgresServer Server => _server ?? throw new InvalidOperationException("server not started");
    public DatabaseUrl AdminUrl => Server.AdminUrl;

    public async Task InitializeAsync()
    {
        _server = await LocalPostgresServer.StartAsync(TestEnvironment.Options(), CancellationToken.None);
    }

    public Task<DatabaseUrl> CreateDatabaseAsync(string purpose, CancellationToken ct = default) =>
        Server.CreateDatabaseAsync(purpose, ct);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres";
}
