using System.Net;
using System.Net.Sockets;

namespace SchemaGate.Ephemeral;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on right now (the caller retries if it is taken meanwhile).</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
