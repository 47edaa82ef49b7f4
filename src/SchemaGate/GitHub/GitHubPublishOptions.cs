namespace SchemaGate.GitHub;

/// <summary>What the publisher needs beyond the environment: the token given on the command line and how to talk to GitHub.</summary>
public sealed record GitHubPublishOptions
{
    /// <summary>From <c>--github-token</c>; falls back to GITHUB_TOKEN.</summary>
    public string? Token { get; init; }
    /// <summary>Retry and rate-limit behaviour; BaseUrl and Token are filled in from the environment.</summary>
    public GitHubClientOptions Client { get; init; } = new();
    /// <summary>Post the PR comment, the commit status and the check run (on pull request events).</summary>
    public bool PublishToPullRequest { get; init; } = true;
}

/// <summary>What publishing did, and what it could not do (each a warning, never a failure).</summary>
public sealed record GitHubPublishOutcome
{
    public bool Skipped { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public long? CommentId { get; init; }
    public bool CommentCreated { get; init; }
    public long? CheckRunId { get; init; }
    public int CheckRunRequests { get; init; }
    public bool StatusSet { get; init; }
}
