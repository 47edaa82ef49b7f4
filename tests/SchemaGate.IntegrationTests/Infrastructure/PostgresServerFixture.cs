using SchemaGate.Connections;
using SchemaGate.Ephemeral;

namespace SchemaGate.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway local PostgreSQL server for the whole test run, started by the project's own ephemeral provider and
/// shared by every test class that asks for this fixture (<c>IClassFixture&lt;PostgresServerFixture&gt;</c>). Each
/// case asks it for a fresh database of its own, so the classes run in parallel on the one server. The server is
/// stopped and its folder removed when the test process exits (and, should the test host be killed, by the
/// provider's watchdog, or the next run's reaper).
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<LocalPostgresServer>> Shared = new(StartAsync);
    private LocalPostgresServer? _server;

    public LocalPostgresServer Server => _server ?? throw new InvalidOperationException("server not started");
    public DatabaseUrl AdminUrl => Server.AdminUrl;

    public async Task InitializeAsync() => _server = await Shared.Value;

    public Task<DatabaseUrl> CreateDatabaseAsync(string purpose, CancellationToken ct = default) =>
        Server.CreateDatabaseAsync(purpose, ct);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<LocalPostgresServer> StartAsync()
    {
        var server = await LocalPostgresServer.StartAsync(TestEnvironment.Options(), CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }
}

/// <summary>
/// Kept for classes written before the shared fixture: they run one after another in this collection. New classes
/// take <c>IClassFixture&lt;PostgresServerFixture&gt;</c> and run in parallel.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres";
}
