using SchemaGate.Failures;

namespace SchemaGate.Policy;

/// <summary>
/// Finds the policy of a run: <c>--policy &lt;path&gt;</c> when given (it must exist), else
/// <c>schemagate.policy.json</c> at the repository root when it exists, else <see cref="GatePolicy.Default"/>.
/// </summary>
public static class PolicyLocator
{
    public static async Task<GatePolicy> LoadAsync(string repositoryRoot, string? explicitPath, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            var full = Path.GetFullPath(Path.Combine(repositoryRoot, explicitPath));
            var shown = Display(repositoryRoot, full);
            if (!File.Exists(full))
                throw new UsageException($"--policy: the policy file {shown} does not exist (give a path relative to the repository root, or leave --policy out).");
            return await PolicyReader.LoadAsync(full, shown, ct).ConfigureAwait(false);
        }
        var defaultPath = Path.Combine(repositoryRoot, GatePolicy.DefaultFileName);
        return File.Exists(defaultPath)
            ? await PolicyReader.LoadAsync(defaultPath, GatePolicy.DefaultFileName, ct).ConfigureAwait(false)
            : GatePolicy.Default;
    }

    private static string Display(string root, string full)
    {
        var relative = Path.GetRelativePath(root, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
