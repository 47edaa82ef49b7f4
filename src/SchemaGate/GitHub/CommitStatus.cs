using Octokit;

namespace SchemaGate.GitHub;

/// <summary>Sets the <c>schemagate/deploy-check</c> commit status on a commit.</summary>
public sealed class CommitStatus(GitHubApi api)
{
    public const string Context = "schemagate/deploy-check";
    public const int MaxDescriptionLength = 140;

    public Task SetAsync(string owner, string repo, string sha, bool success, string description, string? targetUrl, CancellationToken ct) =>
        api.CallAsync("POST commit status", ct, c => c.Repository.Status.Create(owner, repo, sha, new NewCommitStatus
        {
            State = success ? CommitState.Success : CommitState.Failure,
            Context = Context,
            Description = Shorten(description),
            TargetUrl = targetUrl,
        }));

    public static string Shorten(string text)
    {
        var oneLine = text.Replace('\n', ' ').Replace('\r', ' ').Trim();
        return oneLine.Length <= MaxDescriptionLength ? oneLine : oneLine[..(MaxDescriptionLength - 3)] + "...";
    }
}
