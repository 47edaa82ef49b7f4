namespace SchemaGate.Failures;

/// <summary>Base of the failures that map to an exit code. Messages must never contain secrets.</summary>
public abstract class SchemaGateException(string message, Exception? inner = null) : Exception(message, inner)
{
    public abstract int ExitCode { get; }
}

/// <summary>Bad parameters, a bad configuration file, a missing folder: exit 2, nothing changed.</summary>
public sealed class UsageException(string message, Exception? inner = null) : SchemaGateException(message, inner)
{
    public override int ExitCode => ExitCodes.Usage;
}

/// <summary>Something the gate needs is missing or broken (no PostgreSQL binaries, unreachable server): exit 3.</summary>
public sealed class InfrastructureException(string message, Exception? inner = null) : SchemaGateException(message, inner)
{
    public override int ExitCode => ExitCodes.Infrastructure;
}

/// <summary>The gate said no (blocking findings): exit 1.</summary>
public sealed class GateRefusedException(string message) : SchemaGateException(message)
{
    public override int ExitCode => ExitCodes.Refused;
}
