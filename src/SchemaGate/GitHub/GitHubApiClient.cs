using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SchemaGate.Security;

namespace SchemaGate.GitHub;

/// <summary>One GitHub answer: status and parsed JSON body (cloned, safe to keep).</summary>
public sealed record GitHubResponse(HttpStatusCode Status, JsonElement? Body, string? NextPageUrl);

/// <summary>
/// A small GitHub REST client over HttpClient: the v3 headers, retries with exponential backoff for 5xx and
/// network errors, waits on rate limits (Retry-After, x-ratelimit-remaining 0 with x-ratelimit-reset, capped).
/// Every string in a request body passes the redactor; the token only ever goes into the Authorization header.
/// </summary>
public sealed class GitHubApiClient
{
    private readonly HttpClient _http;
    private readonly GitHubClientOptions _options;
    private readonly Redactor _redactor;
    private readonly Uri _baseUri;

    public GitHubApiClient(HttpClient http, GitHubClientOptions options, Redactor redactor)
    {
        _http = http;
        _options = options;
        _redactor = redactor;
        _redactor.Add(options.Token);
        _baseUri = new Uri(options.BaseUrl.TrimEnd('/') + "/");
    }

    public Task<GitHubResponse> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);
    public Task<GitHubResponse> PostAsync(string path, JsonNode body, CancellationToken ct) => SendAsync(HttpMethod.Post, path, body, ct);
    public Task<GitHubResponse> PatchAsync(string path, JsonNode body, CancellationToken ct) => SendAsync(HttpMethod.Patch, path, body, ct);

    /// <summary>Every item of a list endpoint, following the Link rel="next" header page by page.</summary>
    public async Task<IReadOnlyList<JsonElement>> GetAllPagesAsync(string path, CancellationToken ct, int maxPages = 50)
    {
        var items = new List<JsonElement>();
        string? next = path;
        for (var page = 0; next is not null && page < maxPages; page++)
        {
            var response = await SendAsync(HttpMethod.Get, next, null, ct);
            if (response.Body is { ValueKind: JsonValueKind.Array } array) items.AddRange(array.EnumerateArray());
            next = response.NextPageUrl;
        }
        return items;
    }

    public async Task<GitHubResponse> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken ct)
    {
        var payload = body is null ? null : RedactStrings(body.DeepClone()).ToJsonString();
        var what = $"{method} {PathOnly(path)}";
        for (var attempt = 1; ; attempt++)
        {
            using var request = BuildRequest(method, path, payload);
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }
            catch (HttpRequestException e) when (attempt < _options.MaxAttempts)
            {
                _ = e;
                await _options.Delay(Backoff(attempt), ct);
                continue;
            }
            catch (HttpRequestException e)
            {
                throw new GitHubApiException($"GitHub API {what} failed: network error after {attempt} attempts", null, new HttpRequestException(_redactor.Redact(e.Message)));
            }
            catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
            {
                if (attempt < _options.MaxAttempts) { await _options.Delay(Backoff(attempt), ct); continue; }
                throw new GitHubApiException($"GitHub API {what} timed out after {attempt} attempts", null, e);
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                    return new GitHubResponse(response.StatusCode, await ReadJsonAsync(response, ct), NextLink(response.Headers));

                if (RateLimitWait(response) is { } wait && attempt < _options.MaxAttempts)
                {
                    await _options.Delay(wait, ct);
                    continue;
                }
                if ((int)response.StatusCode >= 500 && attempt < _options.MaxAttempts)
                {
                    await _options.Delay(Backoff(attempt), ct);
                    continue;
                }
                var detail = await ReadMessageAsync(response, ct);
                throw new GitHubApiException(
                    $"GitHub API {what} answered {(int)response.StatusCode} {response.ReasonPhrase}{(detail is null ? "" : ": " + _redactor.Redact(detail))}",
                    response.StatusCode);
            }
        }
    }

    private HttpRequestMessage BuildRequest(HttpMethod method, string path, string? payload)
    {
        var uri = Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(_baseUri, path.TrimStart('/'));
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
        request.Headers.UserAgent.ParseAdd(_options.UserAgent);
        if (!string.IsNullOrEmpty(_options.Token))
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);
        if (payload is not null)
            request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
        return request;
    }

    /// <summary>Exponential: base, 2x base, 4x base, ... capped at the rate-limit cap.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var delay = TimeSpan.FromTicks(_options.BaseDelay.Ticks * (1L << Math.Min(attempt - 1, 10)));
        return delay > _options.MaxRateLimitWait ? _options.MaxRateLimitWait : delay;
    }

    /// <summary>How long to wait before retrying a rate-limited answer, or null when the answer is not a rate limit.</summary>
    private TimeSpan? RateLimitWait(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status != 403 && status != 429) return null;
        TimeSpan? wait = null;
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta) wait = delta;
            else if (retryAfter.Date is { } date) wait = date - _options.Clock.GetUtcNow();
        }
        else if (Header(response, "x-ratelimit-remaining") == "0" &&
                 long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reset))
        {
            wait = DateTimeOffset.FromUnixTimeSeconds(reset) - _options.Clock.GetUtcNow() + TimeSpan.FromSeconds(1);
        }
        else if (status == 429)
        {
            wait = _options.BaseDelay;
        }
        if (wait is null) return null;
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        return wait > _options.MaxRateLimitWait ? _options.MaxRateLimitWait : wait;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static string? NextLink(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Link", out var values)) return null;
        foreach (var part in string.Join(',', values).Split(','))
        {
            var segments = part.Split(';');
            if (segments.Length < 2 || !segments.Skip(1).Any(s => s.Trim() == "rel=\"next\"")) continue;
            var url = segments[0].Trim();
            if (url.StartsWith('<') && url.EndsWith('>')) return url[1..^1];
        }
        return null;
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string?> ReadMessageAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var json = await ReadJsonAsync(response, ct);
        return json is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()
            : null;
    }

    private static string PathOnly(string path)
    {
        var p = Uri.TryCreate(path, UriKind.Absolute, out var abs) ? abs.AbsolutePath : path;
        var q = p.IndexOf('?');
        return q < 0 ? p : p[..q];
    }

    /// <summary>Replaces every string value in the tree (in place) with its redacted form.</summary>
    private JsonNode RedactStrings(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToArray())
                    obj[key] = Redacted(obj[key]);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    array[i] = Redacted(array[i]);
                break;
        }
        return node;
    }

    private JsonNode? Redacted(JsonNode? child)
    {
        if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            return JsonValue.Create(_redactor.Redact(value.GetValue<string>()));
        if (child is null) return null;
        RedactStrings(child);
        return child.DeepClone();
    }
}
