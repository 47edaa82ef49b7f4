namespace SchemaGate.GitHub;

/// <summary>How SchemaGate talks to GitHub: where, as whom, and how patiently.</summary>
public sealed record GitHubClientOptions
{
    /// <summary>The REST root (GITHUB_API_URL): https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server.</summary>
    public string BaseUrl { get; init; } = GitHubEnvironment.DefaultApiUrl;
    public string? Token { get; init; }
    public string UserAgent { get; init; } = "SchemaGate";
    /// <summary>Attempts per request, the first included, for 5xx, network errors and rate limits.</summary>
    public int MaxAttempts { get; init; } = 4;
    /// <summary>First retry delay; doubled for each further attempt.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Longest single wait for a rate limit (Retry-After or x-ratelimit-reset); longer waits are cut to this.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>How to wait; tests inject a recorder that returns at once.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
