namespace SchemaGate.GitHub;

/// <summary>
/// The HTTP handler under Octokit (plugged in through its <c>HttpClientAdapter</c>): retries 5xx answers, network
/// errors and rate limits by <see cref="RetryPolicy"/>, pins the API version, and ties every request and wait to the run's cancellation,
/// since Octokit's methods take no CancellationToken. Octokit's requests carry string content, so a request can be
/// sent again as it is.
/// </summary>
internal sealed class RetryingHandler(GitHubClientOptions options, CancellationToken runCancellation) : DelegatingHandler(new SocketsHttpHandler())
{
    /// <summary>The REST API version SchemaGate is written against; Octokit does not send one.</summary>
    public const string ApiVersion = "2022-11-28";
    private readonly RetryPolicy _policy = new(options);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, runCancellation);
        var ct = linked.Token;
        if (!request.Headers.Contains("X-GitHub-Api-Version")) request.Headers.Add("X-GitHub-Api-Version", ApiVersion);
        for (var attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < options.MaxAttempts && !ct.IsCancellationRequested)
            {
                await options.Delay(_policy.Backoff(attempt), ct).ConfigureAwait(false);
                continue;
            }
            if (response.IsSuccessStatusCode || _policy.WaitBeforeRetry(response.StatusCode, response.Headers, attempt) is not { } wait)
                return response;
            response.Dispose();
            await options.Delay(wait, ct).ConfigureAwait(false);
        }
    }
}
