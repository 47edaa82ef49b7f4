namespace SchemaGate.Ephemeral;

/// <summary>Where the throwaway PostgreSQL comes from (<c>--ephemeral local|docker|server</c>).</summary>
public enum EphemeralKind
{
    /// <summary>PostgreSQL server binaries on this machine, started in a temporary folder.</summary>
    Local,
    /// <summary><c>docker run postgres:&lt;major&gt;</c> on a loopback port.</summary>
    Docker,
    /// <summary>Scratch databases on an existing server given by an admin URL.</summary>
    Server,
}
