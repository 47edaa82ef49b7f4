using Octokit;
using Octokit.Internal;
using SchemaGate.Security;

namespace SchemaGate.GitHub;

/// <summary>
/// Octokit's client for one run, pointed at GITHUB_API_URL as given (the trailing slash keeps Octokit from
/// rewriting a GitHub Enterprise host to <c>/api/v3/</c> a second time), with <see cref="RetryingHandler"/> under it.
/// Every call goes through <see cref="CallAsync{T}"/>: it stops before the call once the run is cancelled, and turns
/// Octokit's and HttpClient's failures into a <see cref="GitHubApiException"/> whose text passed the redactor.
/// </summary>
public sealed class GitHubApi : IDisposable
{
    private readonly HttpClientAdapter _http;
    private readonly Redactor _redactor;
    private readonly CancellationToken _runCancellation;

    public GitHubApi(GitHubClientOptions options, Redactor redactor, CancellationToken runCancellation)
    {
        _redactor = redactor;
        _redactor.Add(options.Token);
        _runCancellation = runCancellation;
        var credentials = string.IsNullOrEmpty(options.Token) ? Credentials.Anonymous : new Credentials(options.Token, AuthenticationType.Bearer);
        var http = _http = new HttpClientAdapter(() => new RetryingHandler(options, runCancellation));
        Connection = new Connection(new ProductHeaderValue(options.UserAgent), BaseUri(options.BaseUrl),
            new InMemoryCredentialStore(credentials), http, new SimpleJsonSerializer());
        Connection.SetRequestTimeout(options.RequestTimeout);
        Client = new GitHubClient(Connection);
    }

    public IGitHubClient Client { get; }
    public IConnection Connection { get; }

    /// <summary>GITHUB_API_URL with exactly one trailing slash, so relative endpoints keep its path (/api/v3 on GHES).</summary>
    public static Uri BaseUri(string apiUrl) => new(apiUrl.TrimEnd('/') + "/");

    /// <summary>A URL relative to the API root, every segment escaped.</summary>
    public static Uri Endpoint(params object[] segments) =>
        new(string.Join('/', segments.Select(s => Uri.EscapeDataString(Convert.ToString(s, System.Globalization.CultureInfo.InvariantCulture)!))), UriKind.Relative);

    /// <summary>Runs one API call: not at all once cancelled; a failure becomes a <see cref="GitHubApiException"/> naming <paramref name="what"/>.</summary>
    public async Task<T> CallAsync<T>(string what, CancellationToken ct, Func<IGitHubClient, Task<T>> call)
    {
        ct.ThrowIfCancellationRequested();
        _runCancellation.ThrowIfCancellationRequested();
        try
        {
            return await call(Client).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested || _runCancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException($"GitHub API {what} cancelled", ct.IsCancellationRequested ? ct : _runCancellation);
        }
        catch (ApiException e)
        {
            var detail = string.IsNullOrWhiteSpace(e.ApiError?.Message) ? "" : ": " + e.ApiError!.Message;
            throw new GitHubApiException(_redactor.Redact($"GitHub API {what} answered {(int)e.StatusCode} {e.StatusCode}{detail}"), e.StatusCode);
        }
        catch (HttpRequestException e)
        {
            throw new GitHubApiException(_redactor.Redact($"GitHub API {what} failed: network error ({e.Message})"), null);
        }
        catch (OperationCanceledException)
        {
            throw new GitHubApiException($"GitHub API {what} timed out", null);
        }
    }

    public void Dispose() => _http.Dispose();

    public Task CallAsync(string what, CancellationToken ct, Func<IGitHubClient, Task> call) =>
        CallAsync(what, ct, async c => { await call(c).ConfigureAwait(false); return true; });
}
