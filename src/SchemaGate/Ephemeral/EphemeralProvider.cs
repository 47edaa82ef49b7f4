using SchemaGate.Security;

namespace SchemaGate.Ephemeral;

/// <summary>Starts the ephemeral server the options ask for.</summary>
public static class EphemeralProvider
{
    public static async Task<IEphemeralServer> StartAsync(EphemeralOptions options, Redactor? redactor, CancellationToken ct, TextWriter? log = null) => options.Kind switch
    {
        EphemeralKind.Local => await LocalPostgresServer.StartAsync(options, ct, log).ConfigureAwait(false),
        EphemeralKind.Docker => await DockerPostgresServer.StartAsync(options, redactor, ct).ConfigureAwait(false),
        EphemeralKind.Server => await ExistingServerDatabases.StartAsync(options, ct).ConfigureAwait(false),
        _ => throw new ArgumentOutOfRangeException(nameof(options)),
    };
}
