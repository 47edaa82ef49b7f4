using System.Globalization;

namespace SchemaGate.Ephemeral;

/// <summary>The <c>docker run</c> argument list for a throwaway PostgreSQL container (kept apart so it can be tested without an engine).</summary>
public sealed record DockerRunCommand(int Major, int HostPort, string Password, InstanceOwner Owner, string InstanceId)
{
    public const string OwnerLabel = "io.schemagate.owner";
    public const string InstanceLabel = "io.schemagate.instance";

    public string Image => $"postgres:{Major.ToString(CultureInfo.InvariantCulture)}";
    public string ContainerName => $"schemagate-{InstanceId}";

    public IReadOnlyList<string> Arguments =>
    [
        "run", "--detach", "--rm",
        "--name", ContainerName,
        "--label", $"{OwnerLabel}={Owner.ToTag()}",
        "--label", $"{InstanceLabel}={InstanceId}",
        "--publish", $"127.0.0.1:{HostPort.ToString(CultureInfo.InvariantCulture)}:5432",
        "--env", "POSTGRES_PASSWORD",
        "--env", "POSTGRES_USER=postgres",
        "--tmpfs", "/var/lib/postgresql/data",
        Image,
        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
    ];

    /// <summary>The password travels in the environment of the docker client, never on its command line.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["POSTGRES_PASSWORD"] = Password };
}
