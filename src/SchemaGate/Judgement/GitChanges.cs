using SchemaGate.Processes;

namespace SchemaGate.Judgement;

/// <summary>
/// Without a production URL, the change is what this branch adds or changes in the migrations folder against its base:
/// <c>--base-ref</c>, else <c>origin/&lt;GITHUB_BASE_REF&gt;</c> on a pull request, else <c>origin/main</c> when it
/// exists. The files compared are those added, changed or renamed since the merge base (committed or not) plus the
/// untracked ones. Null when there is no git, no repository, or no base to compare with: then every script is the change.
/// </summary>
public static class GitChanges
{
    public sealed record Result(IReadOnlySet<string> Files, string BaseRef);

    public static async Task<Result?> ReadAsync(string repositoryRoot, string migrationsPath, string? baseRef,
        IReadOnlyDictionary<string, string?> environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folder = Path.GetRelativePath(repositoryRoot, migrationsPath).Replace('\\', '/');
        if (folder.StartsWith("..", StringComparison.Ordinal)) return null;
        var candidates = baseRef is { Length: > 0 } given ? [given]
            : environment.GetValueOrDefault("GITHUB_BASE_REF") is { Length: > 0 } pr ? new[] { $"origin/{pr}", pr }
            : ["origin/main"];
        foreach (var candidate in candidates)
        {
            var mergeBase = await GitAsync(repositoryRoot, ["merge-base", "HEAD", candidate], ct).ConfigureAwait(false);
            if (mergeBase is null) continue;
            var changed = await GitAsync(repositoryRoot,
                ["diff", "--name-only", "--relative", "--diff-filter=ACMR", "--no-renames", mergeBase.Trim(), "--", folder], ct).ConfigureAwait(false);
            var untracked = await GitAsync(repositoryRoot, ["ls-files", "--others", "--exclude-standard", "--", folder], ct).ConfigureAwait(false);
            if (changed is null || untracked is null) return null;
            var files = (changed + "\n" + untracked).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToHashSet(StringComparer.Ordinal);
            return new Result(files, candidate);
        }
        return null;
    }

    /// <summary>Standard output of a git command run in the repository, or null when git is missing or the command fails.</summary>
    private static async Task<string?> GitAsync(string root, IEnumerable<string> arguments, CancellationToken ct)
    {
        try
        {
            var result = await ProcessRunner.RunAsync("git", ["-C", root, .. arguments], ct, timeout: TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            return result.Succeeded ? result.StandardOutput : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
