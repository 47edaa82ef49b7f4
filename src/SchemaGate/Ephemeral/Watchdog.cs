using System.Diagnostics;

namespace SchemaGate.Ephemeral;

/// <summary>
/// A detached shell loop (in its own session, so Ctrl+C on the terminal does not reach it) that waits for the
/// owning process to disappear and then stops the server and deletes the instance folder. It covers SIGKILL and
/// crashes when no later run comes to reap; when the owner cleaned up normally it finds nothing and exits.
/// </summary>
internal static class Watchdog
{
    private const string Script = """
        exec </dev/null >/dev/null 2>&1
        owner="$1"; dir="$2"
        while kill -0 "$owner" 2>/dev/null; do sleep 1; done
        if [ -f "$dir/data/postmaster.pid" ]; then
          pm=$(head -n 1 "$dir/data/postmaster.pid")
          kill -QUIT "$pm" 2>/dev/null
          i=0; while kill -0 "$pm" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
          kill -KILL "$pm" 2>/dev/null
          sleep 0.2
        fi
        rm -rf "$dir"
        """;

    /// <summary>Starts the watchdog; returns its pid (so a clean teardown can end it at once), or null.</summary>
    public static int? Start(LocalInstanceFolder folder, int ownerPid)
    {
        if (OperatingSystem.IsWindows()) return null;
        var psi = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var a in new[] { "sh", "-c", Script, "schemagate-watchdog", ownerPid.ToString(System.Globalization.CultureInfo.InvariantCulture), folder.Path })
            psi.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(psi);
            return p?.Id;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No setsid: the reaper at the next start still removes abandoned instances.
            return null;
        }
    }
}
