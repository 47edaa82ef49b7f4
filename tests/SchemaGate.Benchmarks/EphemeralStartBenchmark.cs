using System.Diagnostics;
using SchemaGate.Ephemeral;

namespace SchemaGate.Benchmarks;

/// <summary>Time from asking for an ephemeral server to a server that accepted a connection, cold (no template) and warm.</summary>
internal sealed record EphemeralStartBenchmark(double ColdMedianMs, double WarmMedianMs, int Runs)
{
    public static async Task<EphemeralStartBenchmark> RunAsync(string work, int runs, CancellationToken ct)
    {
        var cold = new List<double>();
        var warm = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            // The product's default work root (WorkRoots: /dev/shm/schemagate when TMPDIR is unset), a cache of this run's own.
            var options = new EphemeralOptions { CacheRoot = Path.Combine(work, $"cache-{i}") };
            cold.Add(await TimeAsync(options, ct));
            warm.Add(await TimeAsync(options, ct));
        }
        return new EphemeralStartBenchmark(Machine.Median(cold), Machine.Median(warm), runs);
    }

    private static async Task<double> TimeAsync(EphemeralOptions options, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var server = await LocalPostgresServer.StartAsync(options, ct);
        var elapsed = sw.Elapsed.TotalMilliseconds;
        await server.DisposeAsync();
        return elapsed;
    }

    public string ToMarkdown() =>
        "## Ephemeral server ready to accept a connection\n\n" +
        $"Median of {Runs} starts each (local binaries provider, default work root `{WorkRoots.Default}`; cold = a new template cache, so initdb runs; warm = template copied).\n\n" +
        "| case | median | target |\n|---|---|---|\n" +
        $"| cold | {ColdMedianMs:0} ms | ≤ 1500 ms |\n| warm | {WarmMedianMs:0} ms | ≤ 250 ms |\n";
}
