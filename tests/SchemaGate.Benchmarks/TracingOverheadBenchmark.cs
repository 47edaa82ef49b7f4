using System.Diagnostics;
using System.Globalization;
using SchemaGate.Ephemeral;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Tracing;

namespace SchemaGate.Benchmarks;

/// <summary>
/// What the traced analysis adds to ApplyMigrations: the repository's sample migrations applied to a fresh database,
/// alternately without and with the <see cref="ScriptTracer"/>, medians of <c>runs</c> each (target: at most +50%).
/// </summary>
internal sealed record TracingOverheadBenchmark(int Scripts, int Statements, double PlainMedianMs, double TracedMedianMs, int Probes, int BatchedProbes, int Runs)
{
    public static async Task<TracingOverheadBenchmark> RunAsync(IEphemeralServer server, int runs, CancellationToken ct)
    {
        var root = RepositoryRoot();
        var set = await MigrationSource.LoadAsync(Path.Combine(root, "migrations"), root, ct);
        var scripts = set.Scripts.Where(s => !s.IsDown).ToList();
        var plain = new List<double>();
        var traced = new List<double>();
        var probes = 0;
        var batched = 0;
        await ApplyAsync(server, scripts, null, ct); // warm-up: caches, JIT
        for (var i = 0; i < runs; i++)
        {
            plain.Add(await ApplyAsync(server, scripts, null, ct));
            var tracer = new ScriptTracer();
            traced.Add(await ApplyAsync(server, scripts, tracer, ct));
            probes = tracer.Probes;
            batched = tracer.BatchedProbes;
        }
        return new TracingOverheadBenchmark(scripts.Count, scripts.Sum(s => s.Sql.Statements.Count), Machine.Median(plain), Machine.Median(traced), probes, batched, runs);
    }

    private static async Task<double> ApplyAsync(IEphemeralServer server, IReadOnlyList<MigrationScript> scripts, ScriptTracer? tracer, CancellationToken ct)
    {
        var db = await server.CreateDatabaseAsync("tracebench", ct);
        var sw = Stopwatch.StartNew();
        var result = await new MigrationRunner(new MigrationRunnerOptions { Observer = tracer }).ApplyAsync(db, scripts, ct);
        var ms = sw.Elapsed.TotalMilliseconds;
        if (!result.Succeeded) throw new InvalidOperationException("sample migrations failed: " + result.Failure?.Describe());
        await server.DropDatabaseAsync(db, ct);
        return ms;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository (Pipeline.sln not found)");
    }

    public double Overhead => TracedMedianMs / PlainMedianMs - 1;

    public string ToMarkdown() =>
        "## Traced analysis overhead on ApplyMigrations\n\n" +
        $"The sample migrations ({Scripts} scripts, {Statements} statements) applied to a fresh database, without and with the tracer, alternately; median of {Runs} runs each. " +
        $"The tracer sent {Probes} catalog queries per run (one before each script, at most one after each statement), " +
        $"{BatchedProbes} of them in the same round trip as the statement they follow.\n\n" +
        "| case | median | \n|---|---|\n" +
        $"| runner alone | {PlainMedianMs:0.0} ms |\n| runner + traced analysis | {TracedMedianMs:0.0} ms |\n\n" +
        $"Overhead: **{(Overhead * 100).ToString("+0;-0", CultureInfo.InvariantCulture)}%** (target ≤ +50%).\n";
}
