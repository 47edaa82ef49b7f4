using System.Diagnostics;

namespace SchemaGate.Benchmarks.Catalog;

/// <summary>
/// CPU time spent between two readings: by this process, by every PostgreSQL server process on the machine (Linux:
/// <c>/proc/*/stat</c> of processes named postgres; null elsewhere), and the collector's pauses. Where the time of a
/// snapshot goes when client and server share the machine's cores.
/// </summary>
internal readonly record struct CpuClock(TimeSpan Process, long? ServerTicks, TimeSpan GcPause)
{
    private static readonly long TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuClock Now() => new(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, ServerProcessTicks(), GC.GetTotalPauseDuration());

    public (double ClientMs, double? ServerMs, double GcPauseMs) Since(CpuClock start) => (
        (Process - start.Process).TotalMilliseconds,
        ServerTicks is { } end && start.ServerTicks is { } begin ? (end - begin) * 1000.0 / TicksPerSecond : null,
        (GcPause - start.GcPause).TotalMilliseconds);

    private static long? ServerProcessTicks()
    {
        if (!OperatingSystem.IsLinux()) return null;
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (name.Length == 0 || !char.IsAsciiDigit(name[0])) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() != "postgres") continue;
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the parenthesised command: state is the 3rd field, utime the 14th and stime the 15th.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture)
                         + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while it was read, or is not ours to read.
            }
        }
        return ticks;
    }
}
