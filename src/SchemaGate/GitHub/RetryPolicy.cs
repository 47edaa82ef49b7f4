using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace SchemaGate.GitHub;

/// <summary>
/// When a GitHub answer is worth another attempt, and how long to wait first: 5xx with exponential backoff, and
/// rate limits (primary and secondary: 403 or 429 with Retry-After, or x-ratelimit-remaining 0 with
/// x-ratelimit-reset), each wait capped. A 403 without those headers is a permission problem and is final.
/// </summary>
public sealed class RetryPolicy(GitHubClientOptions options)
{
    /// <summary>Exponential: base, 2x base, 4x base, ... capped at the rate-limit cap.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var delay = TimeSpan.FromTicks(options.BaseDelay.Ticks * (1L << Math.Min(attempt - 1, 10)));
        return delay > options.MaxRateLimitWait ? options.MaxRateLimitWait : delay;
    }

    /// <summary>The wait before the next attempt, or null when the answer is final.</summary>
    public TimeSpan? WaitBeforeRetry(HttpStatusCode status, HttpResponseHeaders headers, int attempt)
    {
        if (attempt >= options.MaxAttempts) return null;
        if (RateLimitWait((int)status, headers) is { } wait) return wait;
        return (int)status >= 500 ? Backoff(attempt) : null;
    }

    private TimeSpan? RateLimitWait(int status, HttpResponseHeaders headers)
    {
        if (status != 403 && status != 429) return null;
        TimeSpan? wait = null;
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta) wait = delta;
            else if (retryAfter.Date is { } date) wait = date - options.Clock.GetUtcNow();
        }
        else if (Header(headers, "x-ratelimit-remaining") == "0" &&
                 long.TryParse(Header(headers, "x-ratelimit-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
        {
            wait = DateTimeOffset.FromUnixTimeSeconds(reset) - options.Clock.GetUtcNow() + TimeSpan.FromSeconds(1);
        }
        else if (status == 429)
        {
            wait = options.BaseDelay;
        }
        if (wait is null) return null;
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        return wait > options.MaxRateLimitWait ? options.MaxRateLimitWait : wait;
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
