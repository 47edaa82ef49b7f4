using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SchemaGate.IntegrationTests.Ephemeral;

/// <summary>One request the fake engine received, with its path less the API version prefix (/v1.47).</summary>
public sealed record DockerRequest(string Method, string Path, string Query, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}

/// <summary>
/// A stand-in for the Docker Engine API on 127.0.0.1 (DOCKER_HOST=tcp://127.0.0.1:port): it records every request and
/// keeps the containers it was asked to create. A started container's published port is reported as
/// <see cref="PublishedPort"/>, a real PostgreSQL of the test run, so the provider can finish its start.
/// </summary>
public sealed partial class FakeDockerApi : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _loop;
    private readonly List<TcpClient> _clients = [];
    private readonly object _gate = new();
    private readonly List<DockerRequest> _requests = [];
    private int _next;

    public sealed class Container(string id, string name, JsonObject create)
    {
        public string Id { get; } = id;
        public string Name { get; } = name;
        public JsonObject Create { get; } = create;
        public bool Running { get; set; }
        public IReadOnlyDictionary<string, string> Labels =>
            Create["Labels"]?.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()) ?? new Dictionary<string, string>();
    }

    public FakeDockerApi(int publishedPort)
    {
        PublishedPort = publishedPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public int PublishedPort { get; }
    public string Endpoint => $"tcp://127.0.0.1:{Port}";
    public List<Container> Containers { get; } = [];

    public IReadOnlyList<DockerRequest> Requests
    {
        get { lock (_gate) return _requests.ToArray(); }
    }

    /// <summary>Adds a container as if an earlier run had made it.</summary>
    public Container Add(IReadOnlyDictionary<string, string> labels)
    {
        var create = new JsonObject { ["Image"] = "postgres:16", ["Labels"] = new JsonObject(labels.Select(l => KeyValuePair.Create(l.Key, (JsonNode?)l.Value))) };
        lock (_gate)
        {
            var c = new Container(NewId(), $"old{_next}", create) { Running = true };
            Containers.Add(c);
            return c;
        }
    }

    private string NewId() => (++_next).ToString("x").PadLeft(64, 'a');

    private async Task LoopAsync()
    {
        while (true)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException) { return; }
            lock (_gate) _clients.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    /// <summary>HTTP/1.1 by hand (HttpListener refuses a bodiless POST without Content-Length, which Docker clients send).</summary>
    private async Task ServeAsync(TcpClient client)
    {
        try
        {
            await using var stream = client.GetStream();
            var reader = new HttpReader(stream);
            while (await reader.ReadLineAsync() is { Length: > 0 } requestLine)
            {
                var parts = requestLine.Split(' ');
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                while (await reader.ReadLineAsync() is { Length: > 0 } line)
                {
                    var colon = line.IndexOf(':');
                    if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
                var body = headers.TryGetValue("Content-Length", out var length) ? await reader.ReadBytesAsync(int.Parse(length))
                    : headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase) ? await reader.ReadChunkedAsync()
                    : [];
                var target = new Uri("http://fake" + parts[1]);
                var request = new DockerRequest(parts[0], VersionPrefix().Replace(target.AbsolutePath, ""), target.Query.TrimStart('?'), Encoding.UTF8.GetString(body));
                int status;
                string? answer;
                lock (_gate)
                {
                    _requests.Add(request);
                    (status, answer) = Route(request, System.Web.HttpUtility.ParseQueryString(request.Query));
                }
                var payload = Encoding.UTF8.GetBytes(answer ?? "");
                var head = $"HTTP/1.1 {status} {(HttpStatusCode)status}\r\nApi-Version: 1.47\r\nContent-Type: {(answer is "OK" ? "text/plain" : "application/json")}\r\n" +
                           $"Content-Length: {(request.Method == "HEAD" ? 0 : payload.Length)}\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
                if (request.Method != "HEAD") await stream.WriteAsync(payload);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            client.Dispose();
        }
    }

    private sealed class HttpReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[8192];
        private int _start, _end;

        private async Task<bool> FillAsync()
        {
            if (_start == _end) { _start = 0; _end = 0; }
            if (_end == _buffer.Length) { Array.Copy(_buffer, _start, _buffer, 0, _end - _start); _end -= _start; _start = 0; }
            var n = await stream.ReadAsync(_buffer.AsMemory(_end));
            _end += n;
            return n > 0;
        }

        public async Task<string?> ReadLineAsync()
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync()) return line.Length == 0 ? null : line.ToString();
                var c = (char)_buffer[_start++];
                if (c == '\n') return line.ToString().TrimEnd('\r');
                line.Append(c);
            }
        }

        public async Task<byte[]> ReadBytesAsync(int count)
        {
            var result = new byte[count];
            var done = 0;
            while (done < count)
            {
                if (_start == _end && !await FillAsync()) throw new IOException("connection closed in a body");
                var n = Math.Min(count - done, _end - _start);
                Array.Copy(_buffer, _start, result, done, n);
                _start += n;
                done += n;
            }
            return result;
        }

        public async Task<byte[]> ReadChunkedAsync()
        {
            var all = new List<byte>();
            while (true)
            {
                var size = Convert.ToInt32((await ReadLineAsync() ?? "0").Split(';')[0].Trim(), 16);
                if (size == 0) { await ReadLineAsync(); return all.ToArray(); }
                all.AddRange(await ReadBytesAsync(size));
                await ReadLineAsync();
            }
        }
    }

    private (int, string?) Route(DockerRequest r, System.Collections.Specialized.NameValueCollection query)
    {
        Match m;
        switch (r.Method)
        {
            case "GET" or "HEAD" when r.Path == "/_ping":
                return (200, "OK");
            case "GET" when r.Path == "/version":
                return (200, """{"Version":"27.3.1","ApiVersion":"1.47","MinAPIVersion":"1.24","Os":"linux","Arch":"amd64","KernelVersion":"6.1"}""");
            case "GET" when r.Path == "/info":
                return (200, """{"ID":"fake","Containers":0,"ServerVersion":"27.3.1","OperatingSystem":"Fake Engine","OSType":"linux","Architecture":"x86_64","NCPU":2,"MemTotal":4000000000,"Labels":[]}""");
            case "GET" when (m = ImageInspect().Match(r.Path)).Success:
                return (200, new JsonObject { ["Id"] = "sha256:" + new string('f', 64), ["RepoTags"] = new JsonArray(Uri.UnescapeDataString(m.Groups[1].Value)) }.ToJsonString());
            case "POST" when r.Path == "/images/create":
                return (200, "{\"status\":\"pulled\"}\n");
            case "GET" when r.Path == "/containers/json":
                return (200, new JsonArray(Containers.Where(c => MatchesLabelFilter(c, query["filters"])).Select(c => (JsonNode)new JsonObject
                {
                    ["Id"] = c.Id,
                    ["Names"] = new JsonArray("/" + c.Name),
                    ["Image"] = c.Create["Image"]?.GetValue<string>(),
                    ["State"] = c.Running ? "running" : "created",
                    ["Labels"] = c.Create["Labels"]?.DeepClone(),
                }).ToArray()).ToJsonString());
            case "POST" when r.Path == "/containers/create":
            {
                var c = new Container(NewId(), query["name"] ?? "", r.Json!.AsObject());
                Containers.Add(c);
                return (201, new JsonObject { ["Id"] = c.Id, ["Warnings"] = new JsonArray() }.ToJsonString());
            }
            case "POST" when (m = ContainerAction().Match(r.Path)).Success:
            {
                var c = Find(m.Groups[1].Value);
                if (c is null) return (404, """{"message":"No such container"}""");
                c.Running = m.Groups[2].Value == "start";
                return (204, null);
            }
            case "GET" when (m = ContainerInspect().Match(r.Path)).Success:
            {
                var c = Find(m.Groups[1].Value);
                return c is null ? (404, """{"message":"No such container"}""") : (200, Inspect(c));
            }
            case "DELETE" when (m = ContainerPath().Match(r.Path)).Success:
            {
                var c = Find(m.Groups[1].Value);
                if (c is null) return (404, """{"message":"No such container"}""");
                Containers.Remove(c);
                return (204, null);
            }
            default:
                return (404, """{"message":"not in the fake"}""");
        }
    }

    private Container? Find(string idOrName) =>
        Containers.FirstOrDefault(c => c.Id.StartsWith(idOrName, StringComparison.Ordinal) || c.Name == idOrName.TrimStart('/'));

    private static bool MatchesLabelFilter(Container c, string? filters)
    {
        if (string.IsNullOrEmpty(filters)) return true;
        var labels = JsonNode.Parse(filters)?["label"];
        if (labels is null) return true;
        var wanted = labels is JsonArray a ? a.Select(x => x!.GetValue<string>()) : labels.AsObject().Select(p => p.Key);
        return wanted.All(w => w.Split('=', 2) is var kv && c.Labels.TryGetValue(kv[0], out var v) && (kv.Length == 1 || v == kv[1]));
    }

    private string Inspect(Container c) => new JsonObject
    {
        ["Id"] = c.Id,
        ["Name"] = "/" + c.Name,
        ["Created"] = "2026-01-01T00:00:00Z",
        ["Image"] = "sha256:" + new string('f', 64),
        ["State"] = new JsonObject
        {
            ["Status"] = c.Running ? "running" : "created",
            ["Running"] = c.Running,
            ["ExitCode"] = 0,
            ["StartedAt"] = "2026-01-01T00:00:01Z",
            ["FinishedAt"] = "0001-01-01T00:00:00Z",
        },
        ["Config"] = new JsonObject { ["Image"] = c.Create["Image"]?.DeepClone(), ["Labels"] = c.Create["Labels"]?.DeepClone(), ["Hostname"] = c.Id[..12] },
        ["NetworkSettings"] = new JsonObject
        {
            ["Ports"] = new JsonObject
            {
                ["5432/tcp"] = new JsonArray(new JsonObject { ["HostIp"] = "127.0.0.1", ["HostPort"] = PublishedPort.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            },
            ["Networks"] = new JsonObject { ["bridge"] = new JsonObject { ["IPAddress"] = "172.17.0.2", ["Gateway"] = "172.17.0.1" } },
        },
    }.ToJsonString();

    [GeneratedRegex(@"^/v\d+(\.\d+)?")]
    private static partial Regex VersionPrefix();
    [GeneratedRegex(@"^/images/(.+)/json$")]
    private static partial Regex ImageInspect();
    [GeneratedRegex(@"^/containers/([^/]+)/(start|stop|kill)$")]
    private static partial Regex ContainerAction();
    [GeneratedRegex(@"^/containers/([^/]+)/json$")]
    private static partial Regex ContainerInspect();
    [GeneratedRegex(@"^/containers/([^/]+)$")]
    private static partial Regex ContainerPath();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        lock (_gate) foreach (var c in _clients) c.Dispose();
        try { await _loop; } catch (Exception) { }
    }
}
