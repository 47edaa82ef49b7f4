namespace SchemaGate.Reporting;

/// <summary>Decides whether the console summary may use colour, from the environment and where output goes.</summary>
public static class ConsoleCapabilities
{
    /// <summary>
    /// No colour when NO_COLOR is set (https://no-color.org) or TERM is "dumb". Otherwise colour when output
    /// is an interactive terminal, or when FORCE_COLOR is set or GitHub Actions renders the log (it understands ANSI).
    /// </summary>
    public static bool SupportsColour(IReadOnlyDictionary<string, string?> environment, bool outputRedirected)
    {
        if (!string.IsNullOrEmpty(Get(environment, "NO_COLOR"))) return false;
        if (string.Equals(Get(environment, "TERM"), "dumb", StringComparison.OrdinalIgnoreCase)) return false;
        if (!string.IsNullOrEmpty(Get(environment, "FORCE_COLOR"))) return true;
        if (string.Equals(Get(environment, "GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        return !outputRedirected;
    }

    private static string? Get(IReadOnlyDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out var value) ? value : null;
}
