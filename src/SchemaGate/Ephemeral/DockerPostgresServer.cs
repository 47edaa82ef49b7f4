using System.Diagnostics;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Processes;

namespace SchemaGate.Ephemeral;

/// <summary>
/// PostgreSQL in a labelled Docker container on a random loopback port, removed at teardown. Containers whose
/// owner died are removed at the next start. Needs a running Docker engine.
/// </summary>
public sealed class DockerPostgresServer : IEphemeralServer
{
    private readonly string _containerId;
    private readonly ScratchDatabases _databases;
    private int _disposed;

    private DockerPostgresServer(string containerId, DatabaseUrl admin, string version, int major, string image)
    {
        _containerId = containerId;
        AdminUrl = admin;
        ServerVersion = version;
        ServerMajor = major;
        _databases = new ScratchDatabases(admin, "sg_");
        Description = $"docker {image} on 127.0.0.1:{admin.Builder.Port}";
    }

    public string Description { get; }
    public string ServerVersion { get; }
    public int ServerMajor { get; }
    public DatabaseUrl AdminUrl { get; }

    public static async Task<DockerPostgresServer> StartAsync(EphemeralOptions options, Security.Redactor? redactor, CancellationToken ct)
    {
        await EnsureEngineAsync(ct).ConfigureAwait(false);
        await ReapAsync(ct).ConfigureAwait(false);

        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        redactor?.Add(password);
        var command = new DockerRunCommand(options.PgMajor ?? 16, LoopbackPort.Free(), password, InstanceOwner.Current(), Guid.NewGuid().ToString("N")[..12]);
        var run = await ProcessRunner.RunAsync("docker", command.Arguments, ct, environment: command.Environment, timeout: TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        if (!run.Succeeded)
            throw new InfrastructureException($"docker run {command.Image} failed: {run.Tail()}");
        var id = run.StandardOutput.Trim();
        try
        {
            var admin = DatabaseUrl.Parse(
                $"Host=127.0.0.1;Port={command.HostPort};Username=postgres;Password={password};Database=postgres;Timeout=5",
                "docker ephemeral server", redactor);
            var sw = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    await using var conn = new NpgsqlConnection(admin.ConnectionString);
                    await conn.OpenAsync(ct).ConfigureAwait(false);
                    return new DockerPostgresServer(id, admin, conn.PostgreSqlVersion.ToString(), conn.PostgreSqlVersion.Major, command.Image);
                }
                catch (NpgsqlException) when (sw.Elapsed < options.StartTimeout)
                {
                    await Task.Delay(200, ct).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            await RemoveAsync(id).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task EnsureEngineAsync(CancellationToken ct)
    {
        if (ProcessRunner.FindOnPath("docker") is null)
            throw new InfrastructureException("--ephemeral docker needs the docker command, and it is not on PATH. Use --ephemeral local (PostgreSQL binaries) or server.");
        ProcessResult info;
        try
        {
            info = await ProcessRunner.RunAsync("docker", ["info", "--format", "{{.ServerVersion}}"], ct, timeout: TimeSpan.FromSeconds(20)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new InfrastructureException("--ephemeral docker: the Docker engine did not answer within 20 s. Start it, or use --ephemeral local or server.");
        }
        if (!info.Succeeded || string.IsNullOrWhiteSpace(info.StandardOutput))
            throw new InfrastructureException(
                $"--ephemeral docker: no Docker engine answers ({info.Tail(2)}). Start Docker, or use --ephemeral local (PostgreSQL binaries) or --ephemeral server.");
    }

    private static async Task ReapAsync(CancellationToken ct)
    {
        var ps = await ProcessRunner.RunAsync("docker",
            ["ps", "--all", "--filter", $"label={DockerRunCommand.OwnerLabel}", "--format", $"{{{{.ID}}}} {{{{.Label \"{DockerRunCommand.OwnerLabel}\"}}}}"],
            ct, timeout: TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        if (!ps.Succeeded) return;
        foreach (var line in ps.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 2);
            if (parts.Length == 2 && InstanceOwner.FromTag(parts[1]) is { IsAbandoned: true })
                await RemoveAsync(parts[0]).ConfigureAwait(false);
        }
    }

    private static async Task RemoveAsync(string id)
    {
        try { await ProcessRunner.RunAsync("docker", ["rm", "--force", id], CancellationToken.None, timeout: TimeSpan.FromSeconds(60)).ConfigureAwait(false); }
        catch (TimeoutException) { }
    }

    public Task<DatabaseUrl> CreateDatabaseAsync(string purpose, CancellationToken ct) => _databases.CreateAsync(purpose, null, ct);
    public Task DropDatabaseAsync(DatabaseUrl database, CancellationToken ct) => _databases.DropAsync(database.Database, ct);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        foreach (var db in _databases.Made) ScratchDatabases.ClearPool(db);
        ScratchDatabases.ClearPool(AdminUrl);
        await RemoveAsync(_containerId).ConfigureAwait(false);
    }
}
