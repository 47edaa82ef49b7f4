using System.Text.Json;

namespace SchemaGate.GitHub;

/// <summary>What a pull_request event tells us: the repository, the PR number and its head commit.</summary>
public sealed record PullRequestEvent(string Owner, string Repo, int Number, string HeadSha)
{
    /// <summary>Reads GITHUB_EVENT_PATH; null when this is not a pull request event or the payload lacks what we need.</summary>
    public static async Task<PullRequestEvent?> ReadAsync(GitHubEnvironment env, CancellationToken ct)
    {
        if (!env.IsPullRequest || env.EventPath is not { } path || !File.Exists(path)) return null;
        if (RepositoryParts(env.Repository) is not var (owner, repo)) return null;
        await using var stream = File.OpenRead(path);
        using var doc = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        if (!doc.RootElement.TryGetProperty("pull_request", out var pr)) return null;
        var number = pr.TryGetProperty("number", out var n) && n.TryGetInt32(out var value) ? value
            : doc.RootElement.TryGetProperty("number", out var n2) && n2.TryGetInt32(out var value2) ? value2 : 0;
        var sha = pr.TryGetProperty("head", out var head) && head.TryGetProperty("sha", out var s) ? s.GetString() : null;
        return number > 0 && !string.IsNullOrEmpty(sha) ? new PullRequestEvent(owner, repo, number, sha) : null;
    }

    public static (string Owner, string Repo)? RepositoryParts(string? repository)
    {
        var parts = repository?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: 2 } ? (parts[0], parts[1]) : null;
    }
}
