using SchemaGate.Connections;

namespace SchemaGate.Ephemeral;

/// <summary>Everything the ephemeral providers can be told.</summary>
public sealed record EphemeralOptions
{
    public EphemeralKind Kind { get; init; } = EphemeralKind.Local;

    /// <summary>Folder of the PostgreSQL server binaries (<c>--pg-bin</c>); discovered when null.</summary>
    public string? PgBin { get; init; }

    /// <summary>Major version wanted (<c>--pg-major</c>): the Docker image tag, and the preferred local install.</summary>
    public int? PgMajor { get; init; }

    /// <summary>Admin connection for <see cref="EphemeralKind.Server"/> (<c>--ephemeral-server-url</c>).</summary>
    public DatabaseUrl? ServerUrl { get; init; }

    /// <summary>Where instance folders live; default <c>$TMPDIR/schemagate</c>.</summary>
    public string? WorkRoot { get; init; }

    /// <summary>Where initdb templates are cached; default <c>$TMPDIR/schemagate-cache</c>.</summary>
    public string? CacheRoot { get; init; }

    /// <summary>OS account the server runs as when this process is root (PostgreSQL refuses root).</summary>
    public string ServerOsUser { get; init; } = "postgres";

    /// <summary>How long to wait for a server to accept connections.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The Docker engine for <see cref="EphemeralKind.Docker"/>; DOCKER_HOST (or the platform's default socket) when null.</summary>
    public string? DockerEndpoint { get; init; }

    /// <summary>How long the Docker engine has to answer <c>/_ping</c> (and each step before the container starts).</summary>
    public TimeSpan DockerProbeTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a container may take to start, image pull included.</summary>
    public TimeSpan DockerStartTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Start a watchdog that removes the instance if this process dies without cleaning up (as Ryuk does).</summary>
    public bool Watchdog { get; init; } = true;

    /// <summary>
    /// Where fetched server binaries are kept, one folder per major (the build passes <c>.nuke/temp/postgres</c>);
    /// default <c>$TMPDIR/schemagate-cache/postgres</c>.
    /// </summary>
    public string? BinariesRoot { get; init; }

    /// <summary>
    /// The local provider must run exactly <see cref="PgMajor"/>: a local install of it, else binaries of that major
    /// fetched once (<see cref="PostgresBinaries.AcquireAsync"/>). Off: discovery prefers that major but takes another.
    /// </summary>
    public bool ExactMajor { get; init; }

    public string ResolvedBinariesRoot => BinariesRoot ?? Path.Combine(ResolvedCacheRoot, "postgres");
    public string ResolvedWorkRoot => WorkRoot ?? Path.Combine(Path.GetTempPath(), "schemagate");
    public string ResolvedCacheRoot => CacheRoot ?? Path.Combine(Path.GetTempPath(), "schemagate-cache");
}
