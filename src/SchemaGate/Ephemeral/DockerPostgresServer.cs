using Docker.DotNet;
using Docker.DotNet.Models;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;
using Testcontainers.PostgreSql;

namespace SchemaGate.Ephemeral;

/// <summary>
/// PostgreSQL in a labelled container started through Testcontainers, on a random 127.0.0.1 port, removed at teardown.
/// The engine must answer <c>/_ping</c> within <see cref="EphemeralOptions.DockerProbeTimeout"/> and the whole start
/// must finish within <see cref="EphemeralOptions.DockerStartTimeout"/>, else it is an infrastructure failure (exit 3).
/// Containers whose owner died are removed by the watchdog, or at the next start.
/// </summary>
public sealed class DockerPostgresServer : IEphemeralServer
{
    private readonly DockerEndpoint _endpoint;
    private readonly ScratchDatabases _databases;
    private readonly int? _watchdogPid;
    private int _disposed;

    private DockerPostgresServer(DockerEndpoint endpoint, string containerId, DatabaseUrl admin, string version, int major, string image, int? watchdogPid)
    {
        _endpoint = endpoint;
        ContainerId = containerId;
        _watchdogPid = watchdogPid;
        AdminUrl = admin;
        ServerVersion = version;
        ServerMajor = major;
        _databases = new ScratchDatabases(admin, "sg_");
        Description = $"docker {image} on 127.0.0.1:{admin.Builder.Port}";
    }

    public string Description { get; }
    public IReadOnlyList<string> Reaped { get; private init; } = [];
    public string ServerVersion { get; }
    public int ServerMajor { get; }
    public DatabaseUrl AdminUrl { get; }
    public string ContainerId { get; }

    public static async Task<DockerPostgresServer> StartAsync(EphemeralOptions options, Security.Redactor? redactor, CancellationToken ct)
    {
        var endpoint = DockerEndpoint.Resolve(options.DockerEndpoint, Environment.GetEnvironmentVariable("DOCKER_HOST"), OperatingSystem.IsWindows());
        await endpoint.EnsureAnswersAsync(options.DockerProbeTimeout, ct).ConfigureAwait(false);
        var reaped = await Bounded(DockerReaper.ReapAsync(endpoint, ct), options.DockerProbeTimeout, endpoint, "listing its containers").ConfigureAwait(false);

        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        redactor?.Add(password);
        var spec = new DockerContainerSpec(options.PgMajor ?? DockerContainerSpec.DefaultMajor, password, InstanceOwner.Current(), Guid.NewGuid().ToString("N")[..12]);
        // Building the container runs Testcontainers' own engine detection, which is synchronous: keep it off this thread.
        var container = await Bounded(Task.Run(() => spec.Build(endpoint), ct), options.DockerProbeTimeout, endpoint, "configuring the container").ConfigureAwait(false);
        int? watchdog = null;
        try
        {
            await Bounded(container.StartAsync(ct), options.DockerStartTimeout, endpoint, $"starting {spec.Image}").ConfigureAwait(false);
            watchdog = options.Watchdog ? DockerWatchdog.Start(endpoint, container.Id, Environment.ProcessId) : null;
            var admin = DatabaseUrl.Parse(
                $"Host=127.0.0.1;Port={container.GetMappedPublicPort(5432)};Username=postgres;Password={password};Database=postgres;Timeout=15;Application Name=schemagate",
                "docker ephemeral server", redactor);
            await using var conn = await Sessions.OpenScratchAsync(admin, ct).ConfigureAwait(false);
            return new DockerPostgresServer(endpoint, container.Id, admin, conn.PostgreSqlVersion.ToString(), conn.PostgreSqlVersion.Major, spec.Image, watchdog) { Reaped = reaped };
        }
        catch (Exception e) when (e is not (InfrastructureException or OperationCanceledException))
        {
            await RemoveAsync(endpoint, CreatedId(container), watchdog).ConfigureAwait(false);
            throw new InfrastructureException($"--ephemeral docker: {spec.Image} did not start on {endpoint.Display}: {redactor?.Redact(e.Message) ?? e.Message}");
        }
        catch
        {
            await RemoveAsync(endpoint, CreatedId(container), watchdog).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits for <paramref name="task"/> at most <paramref name="timeout"/>; a late or failed engine is exit 3 in one sentence.</summary>
    private static async Task<T> Bounded<T>(Task<T> task, TimeSpan timeout, DockerEndpoint endpoint, string what)
    {
        try
        {
            return await task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new InfrastructureException($"--ephemeral docker: the Docker engine at {endpoint.Display} did not finish {what} within {timeout.TotalSeconds:0} s; use --ephemeral local or --ephemeral server.");
        }
        catch (Exception e) when (e is Docker.DotNet.DockerApiException or HttpRequestException or DotNet.Testcontainers.Builders.DockerUnavailableException)
        {
            throw new InfrastructureException($"--ephemeral docker: the Docker engine at {endpoint.Display} failed while {what} ({FirstLine(e.Message)}).");
        }
    }

    private static async Task Bounded(Task task, TimeSpan timeout, DockerEndpoint endpoint, string what) =>
        await Bounded(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), timeout, endpoint, what).ConfigureAwait(false);

    /// <summary>The container's id once the engine created it, else null (Testcontainers throws before that).</summary>
    private static string? CreatedId(PostgreSqlContainer container)
    {
        try { return container.Id; }
        catch (InvalidOperationException) { return null; }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>
    /// Kills and removes the container in one call. Testcontainers' own disposal only stops a container when Ryuk is
    /// off, and a stop waits for the server's smart shutdown; the data is throwaway.
    /// </summary>
    private static async Task RemoveAsync(DockerEndpoint endpoint, string? containerId, int? watchdogPid)
    {
        if (!string.IsNullOrEmpty(containerId))
        {
            try
            {
                using var client = new DockerClientBuilder().WithEndpoint(endpoint.Uri).WithTimeout(TimeSpan.FromSeconds(60)).Build();
                await client.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or TimeoutException or HttpRequestException or DockerApiException)
            {
                // Gone already, or the engine went away: the watchdog or the reaper at the next start removes it.
            }
        }
        if (watchdogPid is { } pid) Processes.Posix.Signal(pid, Processes.Posix.SigTerm);
    }

    public Task<DatabaseUrl> CreateDatabaseAsync(string purpose, CancellationToken ct) => _databases.CreateAsync(purpose, null, ct);
    public Task DropDatabaseAsync(DatabaseUrl database, CancellationToken ct) => _databases.DropAsync(database.Database, ct);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        foreach (var db in _databases.Made) ScratchDatabases.ClearPool(db);
        ScratchDatabases.ClearPool(AdminUrl);
        await RemoveAsync(_endpoint, ContainerId, _watchdogPid).ConfigureAwait(false);
    }
}
