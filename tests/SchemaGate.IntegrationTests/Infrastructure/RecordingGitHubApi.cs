using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SchemaGate.IntegrationTests.Infrastructure;

/// <summary>A stand-in GitHub API on 127.0.0.1 that accepts everything and records each request.</summary>
internal sealed class RecordingGitHubApi : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(string Method, string Path, string Body)> _requests = [];
    private int _next = 100;

    public RecordingGitHubApi()
    {
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public IReadOnlyList<(string Method, string Path, string Body)> Requests
    {
        get { lock (_requests) return _requests.ToArray(); }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var method = context.Request.HttpMethod;
            lock (_requests) _requests.Add((method, context.Request.Url!.AbsolutePath, body));
            var id = Interlocked.Increment(ref _next);
            var answer = method == "GET" ? "[]" : $"{{\"id\":{id},\"number\":{id}}}";
            context.Response.StatusCode = method == "POST" ? 201 : 200;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
