using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Ephemeral;

/// <summary>
/// The docker provider against a fake Docker API on 127.0.0.1 (no engine runs here). The fake reports the test run's
/// real PostgreSQL as the container's published port, so the provider's whole start and teardown run.
/// </summary>
public sealed class DockerProviderTests(PostgresServerFixture pg) : IClassFixture<PostgresServerFixture>
{
    /// <summary>The provider must give up within this bound whatever the engine does (the 30 s).</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private static EphemeralOptions Options(string endpoint, int? major = null) => new()
    {
        Kind = EphemeralKind.Docker,
        DockerEndpoint = endpoint,
        PgMajor = major,
        Watchdog = false,
    };

    private static DockerRequest Create(FakeDockerApi docker) => Assert.Single(docker.Requests, r => r is { Method: "POST", Path: "/containers/create" });

    [Fact]
    public async Task Creates_a_labelled_loopback_tmpfs_container_with_the_statement_stats_arguments_and_removes_it()
    {
        await using var docker = new FakeDockerApi(pg.Server.Port);
        string id;
        await using (var server = await EphemeralProvider.StartAsync(Options(docker.Endpoint, 17), null, CancellationToken.None).WaitAsync(Bound))
        {
            id = ((DockerPostgresServer)server).ContainerId;
            var create = Create(docker);
            var body = create.Json!;
            Assert.Equal("postgres:17", body["Image"]!.GetValue<string>());
            var labels = body["Labels"]!.AsObject();
            Assert.Equal(InstanceOwner.Current().ToTag(), labels[DockerContainerSpec.OwnerLabel]!.GetValue<string>());
            Assert.Matches("^[0-9a-f]{12}$", labels[DockerContainerSpec.InstanceLabel]!.GetValue<string>());
            Assert.StartsWith("name=schemagate-", create.Query);

            var host = body["HostConfig"]!;
            var mount = Assert.Single(host["Mounts"]!.AsArray())!;
            Assert.Equal("tmpfs", mount["Type"]!.GetValue<string>());
            Assert.Equal("/var/lib/postgresql/data", mount["Target"]!.GetValue<string>());
            var binding = Assert.Single(host["PortBindings"]!["5432/tcp"]!.AsArray())!;
            Assert.Equal("127.0.0.1", binding["HostIp"]!.GetValue<string>());
            Assert.True(body["ExposedPorts"]!.AsObject().ContainsKey("5432/tcp"));

            var cmd = string.Join(' ', body["Cmd"]!.AsArray().Select(a => a!.GetValue<string>()));
            foreach (var setting in new[] { "fsync=off", "synchronous_commit=off", "full_page_writes=off", "shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=none" })
                Assert.Contains("-c " + setting, cmd);
            var password = body["Env"]!.AsArray().Select(e => e!.GetValue<string>()).Single(e => e.StartsWith("POSTGRES_PASSWORD=", StringComparison.Ordinal))["POSTGRES_PASSWORD=".Length..];
            Assert.Equal(32, password.Length);
            Assert.DoesNotContain(password, cmd);
            Assert.DoesNotContain(password, server.Description);

            Assert.Single(docker.Requests, r => r.Method == "POST" && r.Path == $"/containers/{id}/start");
            Assert.Equal(pg.Server.ServerMajor, server.ServerMajor);
            Assert.Contains("postgres:17 on 127.0.0.1:", server.Description);
            Assert.Single(docker.Containers);
        }
        Assert.Contains(docker.Requests, r => r.Method == "DELETE" && r.Path == $"/containers/{id}" && r.Query.Contains("force=1"));
        Assert.Empty(docker.Containers);
    }

    [Fact]
    public async Task The_default_image_is_postgres_16()
    {
        await using var docker = new FakeDockerApi(pg.Server.Port);
        await using (await EphemeralProvider.StartAsync(Options(docker.Endpoint), null, CancellationToken.None).WaitAsync(Bound))
            Assert.Equal("postgres:16", Create(docker).Json!["Image"]!.GetValue<string>());
        Assert.Empty(docker.Containers);
    }

    [Fact]
    public async Task Containers_of_a_dead_owner_are_removed_at_the_next_start_and_live_ones_are_kept()
    {
        await using var docker = new FakeDockerApi(pg.Server.Port);
        var dead = docker.Add(new Dictionary<string, string> { [DockerContainerSpec.OwnerLabel] = new InstanceOwner(int.MaxValue - 3, null, Environment.MachineName, DateTimeOffset.UtcNow).ToTag() });
        var live = docker.Add(new Dictionary<string, string> { [DockerContainerSpec.OwnerLabel] = InstanceOwner.Current().ToTag() });
        var otherHost = docker.Add(new Dictionary<string, string> { [DockerContainerSpec.OwnerLabel] = "another-runner:12:34" });

        await using (await EphemeralProvider.StartAsync(Options(docker.Endpoint), null, CancellationToken.None).WaitAsync(Bound))
        {
            var list = Assert.Single(docker.Requests, r => r is { Method: "GET", Path: "/containers/json" });
            Assert.Contains("all=1", list.Query);
            Assert.Contains(DockerContainerSpec.OwnerLabel, Uri.UnescapeDataString(list.Query));
            Assert.Contains(docker.Requests, r => r.Method == "DELETE" && r.Path == $"/containers/{dead.Id}" && r.Query.Contains("force=1"));
            Assert.Contains(live, docker.Containers);
            Assert.Contains(otherHost, docker.Containers);
            Assert.DoesNotContain(dead, docker.Containers);
        }
    }

    [Fact]
    public async Task The_watchdog_removes_the_container_once_its_owner_is_killed()
    {
        await using var docker = new FakeDockerApi(pg.Server.Port);
        var container = docker.Add(new Dictionary<string, string> { [DockerContainerSpec.OwnerLabel] = "x" });
        using var owner = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var watchdog = DockerWatchdog.Start(DockerEndpoint.Resolve(docker.Endpoint, null, false), container.Id, owner.Id);
        Assert.NotNull(watchdog);

        owner.Kill();
        var sw = Stopwatch.StartNew();
        while (docker.Containers.Contains(container) && sw.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(100);
        Assert.DoesNotContain(container, docker.Containers);
        Assert.Contains(docker.Requests, r => r.Method == "DELETE" && r.Path == $"/containers/{container.Id}");
    }

    [Fact]
    public async Task An_endpoint_that_accepts_and_never_answers_is_exit_3_in_one_sentence_within_the_bound()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<Socket>();
        var acceptLoop = Task.Run(async () =>
        {
            try { while (true) accepted.Add(await silent.AcceptSocketAsync()); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
        });
        var endpoint = $"tcp://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}";

        var e = await Assert.ThrowsAsync<InfrastructureException>(() =>
            EphemeralProvider.StartAsync(Options(endpoint), null, CancellationToken.None).WaitAsync(Bound));

        Assert.Equal(ExitCodes.Infrastructure, e.ExitCode);
        Assert.Contains(endpoint, e.Message);
        Assert.Contains("did not answer", e.Message);
        Assert.Contains("--ephemeral local", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.NotEmpty(accepted);
        silent.Stop();
        await acceptLoop;
        foreach (var s in accepted) s.Dispose();
    }

    [Fact]
    public async Task No_engine_at_all_is_exit_3_in_one_sentence()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var endpoint = $"tcp://127.0.0.1:{((IPEndPoint)closed.LocalEndpoint).Port}";
        closed.Stop();

        var e = await Assert.ThrowsAsync<InfrastructureException>(() =>
            EphemeralProvider.StartAsync(Options(endpoint), null, CancellationToken.None).WaitAsync(Bound));

        Assert.Equal(ExitCodes.Infrastructure, e.ExitCode);
        Assert.Equal($"--ephemeral docker: the Docker engine at {endpoint} is not reachable; start Docker (or set DOCKER_HOST), or use --ephemeral local or --ephemeral server.", e.Message);
    }

    [Fact]
    public async Task A_missing_socket_is_exit_3_naming_it()
    {
        var e = await Assert.ThrowsAsync<InfrastructureException>(() =>
            EphemeralProvider.StartAsync(Options("unix:///nonexistent/docker.sock"), null, CancellationToken.None).WaitAsync(Bound));
        Assert.Contains("unix:///nonexistent/docker.sock is not reachable", e.Message);
    }

    [Fact]
    public void A_malformed_docker_host_is_a_usage_error()
    {
        var e = Assert.Throws<UsageException>(() => DockerEndpoint.Resolve(null, "ftp://user:secret@host", false));
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
        Assert.DoesNotContain("secret", e.Message);
        Assert.Equal("unix:///var/run/docker.sock", DockerEndpoint.Resolve(null, null, false).Uri.ToString());
        Assert.Equal("tcp://10.0.0.5:2375", DockerEndpoint.Resolve(null, "tcp://10.0.0.5:2375", false).Display);
    }
}
