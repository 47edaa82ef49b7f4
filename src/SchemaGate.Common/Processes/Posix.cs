using System.Runtime.InteropServices;

namespace SchemaGate.Processes;

/// <summary>The few POSIX calls the ephemeral provider needs (signals, effective uid, process liveness).</summary>
public static partial class Posix
{
    public const int SigKill = 9;
    public const int SigQuit = 3;
    public const int SigInt = 2;
    public const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEuid();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    public static bool IsRoot => !OperatingSystem.IsWindows() && GetEuid() == 0;

    /// <summary>Sends a signal; false when the process does not exist.</summary>
    public static bool Signal(int pid, int signal) => pid > 0 && !OperatingSystem.IsWindows() && Kill(pid, signal) == 0;

    /// <summary>True when a process with this id exists (signal 0 probes without sending anything).</summary>
    public static bool IsAlive(int pid)
    {
        if (pid <= 0) return false;
        if (OperatingSystem.IsWindows())
        {
            try { using var p = System.Diagnostics.Process.GetProcessById(pid); return !p.HasExited; }
            catch (ArgumentException) { return false; }
        }
        if (Kill(pid, 0) == 0) return true;
        return Marshal.GetLastPInvokeError() == 1; // EPERM: exists, owned by someone else
    }

    /// <summary>
    /// The process's start time in clock ticks since boot (field 22 of /proc/PID/stat), which tells a live
    /// owner from a new process that reused its id. Null where /proc is not available.
    /// </summary>
    public static long? StartTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            return long.Parse(fields[19], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>True when the process exists and is the same one that had <paramref name="startTicks"/>.</summary>
    public static bool IsSameProcessAlive(int pid, long? startTicks)
    {
        if (!IsAlive(pid)) return false;
        if (startTicks is null) return true;
        var now = StartTicks(pid);
        return now is null || now == startTicks;
    }
}
