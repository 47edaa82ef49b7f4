namespace SchemaGate.GitHub;

/// <summary>How the REST client talks to GitHub: where, as whom, and how patiently.</summary>
public sealed record GitHubClientOptions
{
    public string BaseUrl { get; init; } = GitHubEnvironment.DefaultApiUrl;
    public string? Token { get; init; }
    public string UserAgent { get; init; } = "SchemaGate";
    /// <summary>Attempts per request, the first included, for 5xx, network errors and rate limits.</summary>
    public int MaxAttempts { get; init; } = 4;
    /// <summary>First retry delay; doubled for each further attempt.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Longest single wait for a rate limit (Retry-After or x-ratelimit-reset); longer waits are cut to this.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>How to wait; tests inject a recorder that returns at once.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
