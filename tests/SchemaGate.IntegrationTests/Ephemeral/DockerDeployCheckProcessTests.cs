using System.Net;
using System.Net.Sockets;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Ephemeral;

/// <summary><c>./build.sh DeployCheck --ephemeral docker</c> on a machine without a working Docker engine.</summary>
public sealed class DockerDeployCheckProcessTests
{
    [Fact]
    public async Task Deploy_check_with_a_silent_docker_endpoint_ends_with_exit_3_and_one_sentence()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections (the backlog) and never answers
        using var build = new BuildProcess(("0001_init.sql", "create table t (id int);\n"));
        var endpoint = $"tcp://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}";
        build.Environment["DOCKER_HOST"] = endpoint;

        var (code, output) = await build.RunAsync("DeployCheck", "--ephemeral", "docker");

        Assert.True(code == 3, output);
        var sentence = $"--ephemeral docker: the Docker engine at {endpoint} did not answer within 10 s; start Docker (or set DOCKER_HOST), or use --ephemeral local or --ephemeral server.";
        Assert.Contains(sentence, output);
        Assert.Empty(build.LeftoverInstances());
    }
}
