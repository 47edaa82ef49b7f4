using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SchemaGate.Tests.GitHub;

/// <summary>One request the fake received, as sent.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}

/// <summary>
/// A local stand-in for the GitHub REST API on 127.0.0.1 (random free port). It records every request and keeps
/// just enough state (comments, issues, statuses, check runs) to answer like GitHub; scripted failures go first.
/// </summary>
public sealed class FakeGitHubApi : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Scripted> _scripted = [];
    private long _nextId = 1000;

    private sealed record Scripted(string Method, Regex Path, int Status, IReadOnlyDictionary<string, string> Headers, int Times, string Body)
    {
        public int Remaining { get; set; } = Times;
    }

    public sealed record Comment(long Id, int Issue, string Body);
    public sealed record Issue(int Number, string Title, string Body, string State, IReadOnlyList<string> Labels, int? Milestone = null);

    public List<Comment> Comments { get; } = [];
    public List<Issue> Issues { get; } = [];
    public List<JsonNode> Statuses { get; } = [];
    public int PageSize { get; set; } = 100;
    /// <summary>The path the API lives under, e.g. "/api/v3" for GitHub Enterprise Server; requests elsewhere get 404.</summary>
    public string BasePath { get; set; } = "";
    /// <summary>Called with each request as it arrives, before it is answered (outside the fake's lock).</summary>
    public Action<RecordedRequest>? OnRequest { get; set; }

    public string BaseUrl { get; }

    public FakeGitHubApi()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) return _requests.ToArray(); }
    }

    /// <summary>Answer the next <paramref name="times"/> matching requests with this status (and headers) instead.</summary>
    public void Fail(string method, string pathPattern, int status, int times = int.MaxValue, IReadOnlyDictionary<string, string>? headers = null,
        string message = "scripted failure")
    {
        var body = new JsonObject { ["message"] = message }.ToJsonString();
        lock (_gate) _scripted.Add(new Scripted(method, new Regex(pathPattern), status, headers ?? new Dictionary<string, string>(), times, body));
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            try { await HandleAsync(context); }
            catch (Exception e)
            {
                context.Response.StatusCode = 599;
                var bytes = Encoding.UTF8.GetBytes(e.ToString());
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var req = context.Request;
        using var reader = new StreamReader(req.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = req.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => req.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        var path = req.Url!.AbsolutePath;
        var query = req.Url.Query.TrimStart('?');
        var recorded = new RecordedRequest(req.HttpMethod, path, query, headers, body);
        OnRequest?.Invoke(recorded);

        int status;
        string? responseBody;
        var responseHeaders = new Dictionary<string, string>();
        lock (_gate)
        {
            _requests.Add(recorded);
            var scripted = _scripted.FirstOrDefault(s => s.Remaining > 0 && s.Method == req.HttpMethod && s.Path.IsMatch(path));
            if (scripted is not null)
            {
                scripted.Remaining--;
                status = scripted.Status;
                responseBody = scripted.Body;
                foreach (var (k, v) in scripted.Headers) responseHeaders[k] = v;
            }
            else if (!path.StartsWith(BasePath + "/", StringComparison.Ordinal))
            {
                (status, responseBody) = (404, "{\"message\":\"Not Found\"}");
            }
            else
            {
                (status, responseBody) = Route(recorded with { Path = path[BasePath.Length..] }, responseHeaders);
            }
        }

        context.Response.StatusCode = status;
        foreach (var (k, v) in responseHeaders) context.Response.Headers[k] = v;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(responseBody ?? "");
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private (int, string?) Route(RecordedRequest r, Dictionary<string, string> headers)
    {
        Match m;
        if (r.Method == "GET" && (m = Regex.Match(r.Path, @"^/repos/[^/]+/[^/]+/issues/(\d+)/comments$")).Success)
        {
            var issue = int.Parse(m.Groups[1].Value);
            var page = int.TryParse(QueryValue(r.Query, "page"), out var p) ? p : 1;
            var perPage = Math.Min(PageSize, int.TryParse(QueryValue(r.Query, "per_page"), out var pp) ? pp : 30);
            var all = Comments.Where(c => c.Issue == issue).ToList();
            if (page * perPage < all.Count)
                headers["Link"] = $"<{BaseUrl.TrimEnd('/')}{BasePath}{r.Path}?per_page={perPage}&page={page + 1}>; rel=\"next\"";
            var items = all.Skip((page - 1) * perPage).Take(perPage).Select(c => new JsonObject { ["id"] = c.Id, ["body"] = c.Body });
            return (200, new JsonArray(items.ToArray<JsonNode>()).ToJsonString());
        }
        if (r.Method == "POST" && (m = Regex.Match(r.Path, @"^/repos/[^/]+/[^/]+/issues/(\d+)/comments$")).Success)
        {
            var comment = new Comment(_nextId++, int.Parse(m.Groups[1].Value), r.Json!["body"]!.GetValue<string>());
            Comments.Add(comment);
            return (201, new JsonObject { ["id"] = comment.Id }.ToJsonString());
        }
        if (r.Method == "PATCH" && (m = Regex.Match(r.Path, @"^/repos/[^/]+/[^/]+/issues/comments/(\d+)$")).Success)
        {
            var id = long.Parse(m.Groups[1].Value);
            var index = Comments.FindIndex(c => c.Id == id);
            if (index < 0) return (404, "{}");
            Comments[index] = Comments[index] with { Body = r.Json!["body"]!.GetValue<string>() };
            return (200, new JsonObject { ["id"] = id }.ToJsonString());
        }
        if (r.Method == "POST" && Regex.IsMatch(r.Path, @"^/repos/[^/]+/[^/]+/statuses/[0-9a-f]+$"))
        {
            Statuses.Add(r.Json!);
            return (201, "{}");
        }
        if (r.Method == "POST" && Regex.IsMatch(r.Path, @"^/repos/[^/]+/[^/]+/check-runs$"))
            return (201, new JsonObject { ["id"] = _nextId++ }.ToJsonString());
        if (r.Method == "PATCH" && Regex.IsMatch(r.Path, @"^/repos/[^/]+/[^/]+/check-runs/\d+$"))
            return (200, "{}");
        if (r.Method == "GET" && Regex.IsMatch(r.Path, @"^/repos/[^/]+/[^/]+/issues$"))
        {
            var label = QueryValue(r.Query, "labels");
            var state = QueryValue(r.Query, "state") ?? "open";
            var items = Issues.Where(i => i.State == state && (label is null || i.Labels.Contains(label)))
                .Select(i => new JsonObject { ["number"] = i.Number, ["title"] = i.Title, ["body"] = i.Body, ["state"] = i.State });
            return (200, new JsonArray(items.ToArray<JsonNode>()).ToJsonString());
        }
        if (r.Method == "POST" && Regex.IsMatch(r.Path, @"^/repos/[^/]+/[^/]+/issues$"))
        {
            var json = r.Json!;
            var issue = new Issue((int)(_nextId++ - 900), json["title"]!.GetValue<string>(), json["body"]!.GetValue<string>(), "open",
                json["labels"]!.AsArray().Select(l => l!.GetValue<string>()).ToArray());
            Issues.Add(issue);
            return (201, new JsonObject { ["number"] = issue.Number }.ToJsonString());
        }
        if (r.Method == "PATCH" && (m = Regex.Match(r.Path, @"^/repos/[^/]+/[^/]+/issues/(\d+)$")).Success)
        {
            var number = int.Parse(m.Groups[1].Value);
            var index = Issues.FindIndex(i => i.Number == number);
            if (index < 0) return (404, "{}");
            var json = r.Json!;
            Issues[index] = Issues[index] with
            {
                Body = json["body"]?.GetValue<string>() ?? Issues[index].Body,
                State = json["state"]?.GetValue<string>() ?? Issues[index].State,
                Milestone = json.AsObject().ContainsKey("milestone") ? json["milestone"]?.GetValue<int>() : Issues[index].Milestone,
            };
            return (200, new JsonObject { ["number"] = number }.ToJsonString());
        }
        return (404, "{\"message\":\"Not Found\"}");
    }

    private static string? QueryValue(string query, string name) => query.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "").FirstOrDefault();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (Exception) { }
        _stop.Dispose();
    }
}
