using System.IO.Pipes;
using System.Net.Sockets;
using SchemaGate.Failures;

namespace SchemaGate.Ephemeral;

/// <summary>
/// Where the Docker engine listens (<c>DOCKER_HOST</c>, else the platform's default socket), and a bounded check that
/// it answers. Testcontainers' own detection blocks synchronously for minutes on an endpoint that accepts connections
/// and never answers, so SchemaGate asks <c>GET /_ping</c> itself first, with a timeout.
/// </summary>
public sealed record DockerEndpoint(Uri Uri)
{
    public const string DefaultUnixSocket = "unix:///var/run/docker.sock";
    public const string DefaultWindowsPipe = "npipe://./pipe/docker_engine";

    /// <summary>The endpoint given, else DOCKER_HOST, else the platform default.</summary>
    public static DockerEndpoint Resolve(string? given, string? dockerHost, bool windows)
    {
        var text = !string.IsNullOrWhiteSpace(given) ? given : !string.IsNullOrWhiteSpace(dockerHost) ? dockerHost : windows ? DefaultWindowsPipe : DefaultUnixSocket;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("tcp" or "unix" or "npipe" or "http" or "https"))
            throw new UsageException($"DOCKER_HOST must be a tcp://, unix:// or npipe:// address, and '{Safe(text)}' is not one.");
        return new DockerEndpoint(uri);
    }

    /// <summary>Scheme, host and port (or socket path): never user information or a query.</summary>
    public string Display => Uri.Scheme is "unix" or "npipe" ? $"{Uri.Scheme}://{Uri.AbsolutePath}" : $"{Uri.Scheme}://{Uri.Host}:{Uri.Port}";

    private static string Safe(string text) => Uri.TryCreate(text, UriKind.Absolute, out var u) ? $"{u.Scheme}://{u.Host}" : "(unparsable)";

    /// <summary>Throws an <see cref="InfrastructureException"/> (exit 3) unless the engine answers <c>/_ping</c> within <paramref name="timeout"/>.</summary>
    public async Task EnsureAnswersAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        string? problem;
        try
        {
            using var http = new HttpClient(Handler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            using var response = await http.GetAsync(new Uri(HttpBase, "_ping"), cts.Token).ConfigureAwait(false);
            problem = response.IsSuccessStatusCode ? null : $"answered /_ping with {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            problem = $"did not answer within {timeout.TotalSeconds:0} s";
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or IOException or TimeoutException or UnauthorizedAccessException)
        {
            problem = "is not reachable";
        }
        if (problem is not null)
            throw new InfrastructureException(
                $"--ephemeral docker: the Docker engine at {Display} {problem}; start Docker (or set DOCKER_HOST), or use --ephemeral local or --ephemeral server.");
    }

    /// <summary>The URL HTTP requests are made against: the tcp address as http, a placeholder host for sockets and pipes.</summary>
    internal Uri HttpBase => Uri.Scheme switch
    {
        "tcp" => new Uri($"http://{Uri.Host}:{Uri.Port}/"),
        "unix" or "npipe" => new Uri("http://docker/"),
        _ => new Uri(Uri.GetLeftPart(UriPartial.Authority) + "/"),
    };

    private SocketsHttpHandler Handler()
    {
        var handler = new SocketsHttpHandler { UseProxy = false };
        if (Uri.Scheme == "unix")
        {
            var path = Uri.AbsolutePath;
            handler.ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), token).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }
        else if (Uri.Scheme == "npipe")
        {
            var segments = Uri.AbsolutePath.Trim('/').Split('/');
            var pipe = segments.Length >= 2 && segments[0] == "pipe" ? string.Join('/', segments[1..]) : Uri.AbsolutePath.Trim('/');
            var server = string.IsNullOrEmpty(Uri.Host) ? "." : Uri.Host;
            handler.ConnectCallback = async (_, token) =>
            {
                var stream = new NamedPipeClientStream(server, pipe, PipeDirection.InOut, PipeOptions.Asynchronous);
                try
                {
                    await stream.ConnectAsync(token).ConfigureAwait(false);
                    return stream;
                }
                catch
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                    throw;
                }
            };
        }
        return handler;
    }
}
