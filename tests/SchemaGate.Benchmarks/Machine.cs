using System.Runtime.InteropServices;
using SchemaGate.Ephemeral;

namespace SchemaGate.Benchmarks;

/// <summary>What the numbers were measured on.</summary>
internal static class Machine
{
    public static async Task<string> DescribeAsync(CancellationToken ct)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
        var mem = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : "unknown";
        var bins = await PostgresBinaries.DiscoverAsync(null, null, ct);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "unknown";
        return $"Machine: {Environment.ProcessorCount} cores (`nproc`; {cpu}), {mem} memory, {RuntimeInformation.OSDescription}, kernel {kernel} (`uname -r`), " +
               $".NET {Environment.Version}, PostgreSQL {bins.Version} from {bins.BinDir}; load average at start {load}; " +
               $"run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC.";
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
