using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;

namespace SchemaGate.Ephemeral;

/// <summary>
/// Scratch databases on a server someone else runs (for example a CI service container), given by an admin URL.
/// Each is named <c>schemagate_*</c> and commented with its owner; teardown drops them WITH (FORCE), and databases
/// left by a dead owner on this host are dropped at the next start.
/// </summary>
public sealed class ExistingServerDatabases : IEphemeralServer
{
    public const string Prefix = "schemagate_";
    private const string CommentPrefix = "schemagate owner=";
    private readonly ScratchDatabases _databases;
    private readonly string _ownerTag;
    private int _disposed;

    private ExistingServerDatabases(DatabaseUrl admin, string version, int major)
    {
        AdminUrl = admin;
        ServerVersion = version;
        ServerMajor = major;
        _databases = new ScratchDatabases(admin, Prefix);
        _ownerTag = InstanceOwner.Current().ToTag();
        Description = $"scratch databases on {admin.Display} (PostgreSQL {version})";
    }

    public string Description { get; }
    public string ServerVersion { get; }
    public int ServerMajor { get; }
    public DatabaseUrl AdminUrl { get; }

    public static async Task<ExistingServerDatabases> StartAsync(EphemeralOptions options, CancellationToken ct)
    {
        var admin = options.ServerUrl ?? throw new UsageException(
            "--ephemeral server needs --ephemeral-server-url (an admin connection that may CREATE DATABASE).");
        var timeout = admin.With(b => { if (b.Timeout is 15 or 0) b.Timeout = 10; });
        try
        {
            await using var conn = await Sessions.OpenScratchAsync(timeout, ct).ConfigureAwait(false);
            var server = new ExistingServerDatabases(timeout, conn.PostgreSqlVersion.ToString(), conn.PostgreSqlVersion.Major);
            await server.ReapAsync(conn, ct).ConfigureAwait(false);
            return server;
        }
        catch (NpgsqlException ex) when (ex is not PostgresException || IsConnectionProblem((PostgresException)ex))
        {
            throw new InfrastructureException($"--ephemeral-server-url: cannot connect to {admin.Display}: {ConnectionFailure.Describe(ex, timeout, TimeSpan.FromSeconds(timeout.Builder.Timeout))}");
        }
    }

    private static bool IsConnectionProblem(PostgresException ex) =>
        ex.SqlState is "28P01" or "28000" or "3D000" or "57P03" or "53300";

    public IReadOnlyList<string> Reaped { get; private set; } = [];

    private async Task ReapAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var stale = new List<(string Name, int Pid)>();
        await using (var cmd = new NpgsqlCommand(
            "select d.datname, shobj_description(d.oid, 'pg_database') from pg_database d where d.datname like 'schemagate\\_%'", conn))
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                var comment = r.IsDBNull(1) ? null : r.GetString(1);
                if (comment?.StartsWith(CommentPrefix, StringComparison.Ordinal) == true &&
                    InstanceOwner.FromTag(comment[CommentPrefix.Length..]) is { IsAbandoned: true } owner)
                    stale.Add((r.GetString(0), owner.Pid));
            }
        }
        var reaped = new List<string>();
        foreach (var (name, pid) in stale)
        {
            try
            {
                await ScratchDatabases.DropByNameAsync(AdminUrl, name, ct).ConfigureAwait(false);
                reaped.Add($"scratch database {name} (left by process {pid}, which is gone)");
            }
            catch (PostgresException) { /* someone else is dropping it */ }
        }
        Reaped = reaped;
    }

    public Task<DatabaseUrl> CreateDatabaseAsync(string purpose, CancellationToken ct) =>
        _databases.CreateAsync(purpose, CommentPrefix + _ownerTag, ct);

    public Task DropDatabaseAsync(DatabaseUrl database, CancellationToken ct) => _databases.DropAsync(database.Database, ct);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _databases.DropAllAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
