namespace SchemaGate.Configuration;

/// <summary>
/// Which PostgreSQL instance and database a connection reached: <c>system_identifier/database/oid</c>, for example
/// <c>7301234567890123456/appdb/16384</c>. When the role may not call pg_control_system(), the instance part is the
/// host and port the URL names instead (<see cref="HasSystemIdentifier"/> is false), which is weaker: two servers
/// behind one address look alike.
/// </summary>
public sealed record InstanceFingerprint(string? SystemIdentifier, string Host, int Port, string Database, uint DatabaseOid, string ServerVersion)
{
    public bool HasSystemIdentifier => SystemIdentifier is not null;

    public string Instance => SystemIdentifier ?? $"{Host}:{Port}";

    public string Text => $"{Instance}/{Database}/{DatabaseOid}";

    /// <summary>Same cluster: same system_identifier, or (when either side lacks it) the same host and port.</summary>
    public bool SameInstanceAs(InstanceFingerprint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return HasSystemIdentifier && other.HasSystemIdentifier
            ? SystemIdentifier == other.SystemIdentifier
            : string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase) && Port == other.Port;
    }

    public bool SameDatabaseAs(InstanceFingerprint other) => SameInstanceAs(other) && DatabaseOid == other.DatabaseOid;

    /// <summary>True when <paramref name="expected"/> (as kept in parameters.json or a CI variable) names this fingerprint.</summary>
    public bool Matches(string expected) => string.Equals(expected.Trim(), Text, StringComparison.Ordinal);

    /// <summary>
    /// True for the shapes ValidateConfig prints: <c>system_identifier/database/oid</c> (digits/name/digits) or, when the
    /// identifier is not readable, <c>host:port/database/oid</c>. Anything else is a typo, not a fingerprint.
    /// </summary>
    public static bool IsWellFormed(string? text) =>
        text is not null && System.Text.RegularExpressions.Regex.IsMatch(text.Trim(), @"^(\d+|[^/\s:]+:\d+)/[^/]+/\d+$");

    public override string ToString() => Text;
}
