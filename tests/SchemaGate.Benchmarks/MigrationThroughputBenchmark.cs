using System.Diagnostics;
using System.Globalization;
using SchemaGate.Ephemeral;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Processes;

namespace SchemaGate.Benchmarks;

/// <summary>
/// 1,000 generated one-table migrations applied by SchemaGate's runner (journal included) and by dbmate (npm package
/// `dbmate`, installed on demand under .nuke/temp/bench-tools) into two databases of the same server, in the same run.
/// </summary>
internal sealed record MigrationThroughputBenchmark(int Count, double SchemaGateMs, double? DbmateMs, string DbmateVersion)
{
    public static async Task<MigrationThroughputBenchmark> RunAsync(IEphemeralServer server, string work, int count, CancellationToken ct)
    {
        var repo = Path.Combine(work, "repo");
        var ours = Path.Combine(repo, "migrations");
        var theirs = Path.Combine(work, "dbmate");
        Directory.CreateDirectory(ours);
        Directory.CreateDirectory(theirs);
        for (var i = 1; i <= count; i++)
        {
            var sql = $"create table t{i:0000} (id bigint primary key, name text not null, created_at timestamptz not null default now());";
            await File.WriteAllTextAsync(Path.Combine(ours, $"{i:0000}_t{i:0000}.sql"), sql + "\n", ct);
            await File.WriteAllTextAsync(Path.Combine(theirs, $"{i:0000}_t{i:0000}.sql"), $"-- migrate:up\n{sql}\n\n-- migrate:down\n", ct);
        }

        var set = await MigrationSource.LoadAsync(ours, repo, ct);
        var dbA = await server.CreateDatabaseAsync("bench_schemagate", ct);
        var sw = Stopwatch.StartNew();
        var result = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(dbA, set.Scripts, ct);
        var oursMs = sw.Elapsed.TotalMilliseconds;
        if (!result.Succeeded || result.Applied.Count != count) throw new InvalidOperationException("SchemaGate run failed: " + result.Failure?.Describe());

        var dbmate = await DbmateAsync(ct);
        if (dbmate is null) return new MigrationThroughputBenchmark(count, oursMs, null, "not installed (npm unavailable)");
        var dbB = await server.CreateDatabaseAsync("bench_dbmate", ct);
        var b = dbB.Builder;
        var url = $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}?sslmode=disable";
        sw.Restart();
        var run = await ProcessRunner.RunAsync(dbmate, ["--url", url, "--migrations-dir", theirs, "--no-dump-schema", "up"], ct, timeout: TimeSpan.FromMinutes(10));
        var theirsMs = sw.Elapsed.TotalMilliseconds;
        if (!run.Succeeded) throw new InvalidOperationException("dbmate failed: " + run.Tail());
        var version = (await ProcessRunner.RunAsync(dbmate, ["--version"], ct)).StandardOutput.Trim();
        return new MigrationThroughputBenchmark(count, oursMs, theirsMs, version);
    }

    internal static async Task<string?> DbmateAsync(CancellationToken ct)
    {
        var dir = Path.GetFullPath(Path.Combine(".nuke", "temp", "bench-tools"));
        var bin = Path.Combine(dir, "node_modules", ".bin", "dbmate");
        if (File.Exists(bin)) return bin;
        if (ProcessRunner.FindOnPath("npm") is null) return null;
        Directory.CreateDirectory(dir);
        var r = await ProcessRunner.RunAsync("npm", ["install", "--prefix", dir, "--no-audit", "--no-fund", "dbmate@2"], ct, timeout: TimeSpan.FromMinutes(5));
        return r.Succeeded && File.Exists(bin) ? bin : null;
    }

    public string ToMarkdown()
    {
        var text = $"## Applying {Count:N0} small migrations (one table each, journal included)\n\n" +
                   "Both tools apply the same generated migrations, each into its own fresh database of the same ephemeral server, one after the other in the same run.\n\n" +
                   "| tool | time | \n|---|---|\n" +
                   $"| SchemaGate runner | {SchemaGateMs:0} ms |\n";
        if (DbmateMs is { } d)
            text += $"| {DbmateVersion} | {d:0} ms |\n\nRatio SchemaGate / dbmate: **{(SchemaGateMs / d).ToString("0.00", CultureInfo.InvariantCulture)}** (target ≤ 1.0, aim 0.5).\n";
        else
            text += $"| dbmate | {DbmateVersion} |\n";
        return text;
    }
}
