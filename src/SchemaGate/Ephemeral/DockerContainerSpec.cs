using System.Globalization;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace SchemaGate.Ephemeral;

/// <summary>
/// What the docker provider asks the engine for: <c>postgres:&lt;major&gt;</c>, data on tmpfs, the server port published
/// on 127.0.0.1 only, SchemaGate's owner and instance labels, and the server settings the gate relies on
/// (pg_stat_statements preloaded for the traced analysis, durability off for speed).
/// </summary>
public sealed record DockerContainerSpec(int Major, string Password, InstanceOwner Owner, string InstanceId)
{
    public const int DefaultMajor = 16;
    public const string OwnerLabel = "io.schemagate.owner";
    public const string InstanceLabel = "io.schemagate.instance";
    public const string DataDirectory = "/var/lib/postgresql/data";
    public const string PortKey = "5432/tcp";

    public string Image => $"postgres:{Major.ToString(CultureInfo.InvariantCulture)}";
    public string ContainerName => $"schemagate-{InstanceId}";

    /// <summary>
    /// The server arguments SchemaGate adds after Testcontainers' own (<c>-c fsync=off</c>, <c>full_page_writes=off</c>,
    /// <c>synchronous_commit=off</c>): pg_stat_statements loaded but tracking nothing until the traced analysis asks.
    /// </summary>
    public static IReadOnlyList<string> ServerArguments { get; } =
    [
        "-c", "shared_preload_libraries=pg_stat_statements",
        "-c", "pg_stat_statements.track=none",
    ];

    public IReadOnlyDictionary<string, string> Labels => new Dictionary<string, string>
    {
        [OwnerLabel] = Owner.ToTag(),
        [InstanceLabel] = InstanceId,
    };

    /// <summary>
    /// The Testcontainers container. Ryuk is off (<c>WithCleanUp(false)</c>): SchemaGate's labels, reaper and watchdog
    /// clean up instead. <c>WithPortBinding(5432, true)</c> alone would publish on every interface, so the create
    /// parameters pin the host address to 127.0.0.1.
    /// </summary>
    public PostgreSqlContainer Build(DockerEndpoint endpoint) =>
        new PostgreSqlBuilder(Image)
            .WithDockerEndpoint(endpoint.Uri)
            .WithCleanUp(false)
            // Testcontainers' own log would go straight to the console, past SchemaGate's redactor.
            .WithLogger(Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
            .WithName(ContainerName)
            .WithLabel(Labels)
            .WithUsername("postgres")
            .WithPassword(Password)
            .WithDatabase("postgres")
            .WithTmpfsMount(DataDirectory)
            .WithPortBinding(5432, true)
            .WithCommand([.. ServerArguments])
            .WithCreateParameterModifier(p =>
            {
                p.HostConfig ??= new HostConfig();
                p.HostConfig.PortBindings = new Dictionary<string, IList<PortBinding>>
                {
                    [PortKey] = [new PortBinding { HostIP = "127.0.0.1", HostPort = "" }],
                };
            })
            .WithWaitStrategy(Wait.ForUnixContainer().UntilDatabaseIsAvailable(NpgsqlFactory.Instance))
            .Build();
}
