using System.Diagnostics;
using SchemaGate.Processes;

namespace SchemaGate.Ephemeral;

/// <summary>
/// Removes the container if this process dies without tearing down (SIGKILL, a cancelled CI job): a detached shell loop,
/// in its own session, that waits for the owner to disappear and then runs <c>docker rm --force</c> against the same
/// engine. It does Ryuk's job without Ryuk's image; without the docker CLI the reaper at the next start still does it.
/// </summary>
internal static class DockerWatchdog
{
    private const string Script = """
        exec </dev/null >/dev/null 2>&1
        owner="$1"; container="$2"
        while kill -0 "$owner" 2>/dev/null; do sleep 1; done
        docker rm --force --volumes "$container"
        """;

    /// <summary>Starts the watchdog; returns its pid (so a clean teardown can end it at once), or null where it cannot run.</summary>
    public static int? Start(DockerEndpoint endpoint, string containerId, int ownerPid)
    {
        if (OperatingSystem.IsWindows() || ProcessRunner.FindOnPath("docker") is null || ProcessRunner.FindOnPath("setsid") is null) return null;
        var psi = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var a in new[] { "sh", "-c", Script, "schemagate-docker-watchdog", ownerPid.ToString(System.Globalization.CultureInfo.InvariantCulture), containerId })
            psi.ArgumentList.Add(a);
        psi.Environment["DOCKER_HOST"] = endpoint.Uri.ToString();
        try
        {
            using var p = Process.Start(psi);
            return p?.Id;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
