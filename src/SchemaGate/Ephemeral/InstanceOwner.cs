using System.Text.Json;
using SchemaGate.Processes;

namespace SchemaGate.Ephemeral;

/// <summary>
/// Who made an ephemeral instance: written as owner.json into every instance folder (and as labels or comments
/// for containers and scratch databases), so the next start can tell an abandoned instance from a live one.
/// </summary>
public sealed record InstanceOwner(int Pid, long? StartTicks, string Host, DateTimeOffset Created)
{
    public const string FileName = "owner.json";

    public static InstanceOwner Current()
    {
        var pid = Environment.ProcessId;
        return new InstanceOwner(pid, Posix.StartTicks(pid), Environment.MachineName, DateTimeOffset.UtcNow);
    }

    /// <summary>True when the owning process is gone from this machine (same host, pid dead or reused).</summary>
    public bool IsAbandoned =>
        string.Equals(Host, Environment.MachineName, StringComparison.Ordinal) && !Posix.IsSameProcessAlive(Pid, StartTicks);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static InstanceOwner? TryParse(string json)
    {
        try { return JsonSerializer.Deserialize<InstanceOwner>(json); }
        catch (JsonException) { return null; }
    }

    /// <summary>Compact form for a database comment or container label: host:pid:startTicks.</summary>
    public string ToTag() => $"{Host}:{Pid}:{StartTicks?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";

    public static InstanceOwner? FromTag(string? tag)
    {
        var parts = tag?.Split(':');
        if (parts is not { Length: 3 } || !int.TryParse(parts[1], out var pid)) return null;
        long? ticks = long.TryParse(parts[2], out var t) ? t : null;
        return new InstanceOwner(pid, ticks, parts[0], DateTimeOffset.MinValue);
    }
}
