namespace SchemaGate.Hosting;

/// <summary>GitHub Actions workflow commands (<c>::group::</c>, <c>::endgroup::</c>, <c>::add-mask::</c>); silent elsewhere.</summary>
internal sealed class GitHubActionsLog(bool isActive, RedactingTextWriter output)
{
    public bool IsActive { get; } = isActive;

    public static bool Detect(IReadOnlyDictionary<string, string?> environment) =>
        environment.TryGetValue("GITHUB_ACTIONS", out var v) && string.Equals(v, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Must reach the log unredacted, before the value is ever printed.</summary>
    public void Mask(string secret)
    {
        if (IsActive) output.WriteRawLine("::add-mask::" + Escape(secret));
    }

    public void BeginGroup(string title)
    {
        if (IsActive) output.WriteLine("::group::" + Escape(title));
    }

    public void EndGroup()
    {
        if (IsActive) output.WriteLine("::endgroup::");
    }

    /// <summary>Workflow command data escaping: % CR LF.</summary>
    internal static string Escape(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
}
