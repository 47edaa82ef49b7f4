namespace SchemaGate.Findings;

/// <summary>Object names as findings compare them: the static rules spell <c>public."Alerts"</c>, the catalog <c>public.Alerts</c>.</summary>
public static class ObjectName
{
    /// <summary>The name without double quotes, so both spellings meet.</summary>
    public static string? Canonical(string? name) => name?.Replace("\"", "", StringComparison.Ordinal);

    public static bool Same(string? a, string? b) => a is not null && b is not null && Canonical(a) == Canonical(b);
}
