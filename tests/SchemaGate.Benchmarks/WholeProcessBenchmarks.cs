using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SchemaGate.Ephemeral;
using SchemaGate.Processes;

namespace SchemaGate.Benchmarks;

/// <summary>
/// The gate as a user runs it: whole <c>./build.sh</c> processes, timed from outside, each next to its peer or floor
/// measured in the same run (one plain initdb, dbmate on the same scripts).
/// </summary>
internal static partial class WholeProcessBenchmarks
{
    private static string Root => Directory.GetCurrentDirectory();
    private static string BuildSh => Path.Combine(Root, "build.sh");

    private static string I(double v, string format = "0") => v.ToString(format, CultureInfo.InvariantCulture);

    private static async Task<(double Ms, ProcessResult Result)> TimeAsync(string file, IEnumerable<string> args, CancellationToken ct, TimeSpan? timeout = null)
    {
        var sw = Stopwatch.StartNew();
        var r = await ProcessRunner.RunAsync(file, args, ct, workingDirectory: Root, timeout: timeout ?? TimeSpan.FromMinutes(5));
        return (sw.Elapsed.TotalMilliseconds, r);
    }

    /// <summary>A target's duration from the summary table ("SpinUpEphemeralDb   Succeeded    0:00.976").</summary>
    private static double? TargetMs(string output, string target)
    {
        var m = Regex.Match(output, $@"^{target}\s+\w+\s+(\d+):(\d+\.\d+)", RegexOptions.Multiline);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 60_000 + double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) * 1000 : null;
    }

    /// <summary>Builds the host first when the sources changed, so no measured run pays for a publish.</summary>
    private static async Task WarmAsync(CancellationToken ct) => await TimeAsync(BuildSh, ["--help"], ct, TimeSpan.FromMinutes(15));

    /// <summary>One plain initdb of a new cluster, as the server's account (the floor the whole gate is held to).</summary>
    private static async Task<double> InitDbAsync(string work, CancellationToken ct, bool noSync = false)
    {
        var bins = await PostgresBinaries.DiscoverAsync(null, null, ct);
        var dir = Path.Combine(work, "initdb-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var data = Path.Combine(dir, "data");
            string file;
            List<string> args;
            if (Posix.IsRoot)
            {
                await ProcessRunner.RunAsync("chown", ["postgres", dir], ct);
                (file, args) = ("runuser", ["-u", "postgres", "--", bins.InitDb, "-D", data]);
            }
            else (file, args) = (bins.InitDb, ["-D", data]);
            if (noSync) args.Add("--no-sync");
            var sw = Stopwatch.StartNew();
            var r = await ProcessRunner.RunAsync(file, args, ct, timeout: TimeSpan.FromMinutes(2));
            var ms = sw.Elapsed.TotalMilliseconds;
            if (!r.Succeeded) throw new InvalidOperationException("initdb failed: " + r.Tail());
            return ms;
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>
    /// <c>./build.sh DeployCheck</c> on the sample, whole process, against one plain initdb, alternately; the SpinUpEphemeralDb
    /// and CheckDownScripts targets from the same runs; <c>./build.sh --help</c>.
    /// </summary>
    public static async Task<string> GateAsync(string work, int runs, CancellationToken ct)
    {
        var reports = Path.Combine(work, "gate-reports");
        await WarmAsync(ct);
        await TimeAsync(BuildSh, ["DeployCheck", "--report-dir", reports], ct); // warm-up
        var gate = new List<double>();
        var initdb = new List<double>();
        var initdbNoSync = new List<double>();
        var spinUp = new List<double>();
        var down = new List<double>();
        var help = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (ms, r) = await TimeAsync(BuildSh, ["DeployCheck", "--report-dir", reports], ct);
            if (r.ExitCode != 0) throw new InvalidOperationException("DeployCheck on the sample failed: " + r.Tail());
            gate.Add(ms);
            if (TargetMs(r.StandardOutput, "SpinUpEphemeralDb") is { } s) spinUp.Add(s);
            if (TargetMs(r.StandardOutput, "CheckDownScripts") is { } d) down.Add(d);
            initdb.Add(await InitDbAsync(work, ct));
            initdbNoSync.Add(await InitDbAsync(work, ct, noSync: true));
            help.Add((await TimeAsync(BuildSh, ["--help"], ct)).Ms);
        }
        var downScripts = Directory.GetFiles(Path.Combine(Root, "migrations"), "*.sql", SearchOption.AllDirectories).Count(f => f.EndsWith(".down.sql", StringComparison.Ordinal));
        double g = Machine.Median(gate), f = Machine.Median(initdb), f2 = Machine.Median(initdbNoSync), h = Machine.Median(help);
        double? su = spinUp.Count > 0 ? Machine.Median(spinUp) : null, dn = down.Count > 0 ? Machine.Median(down) : null;
        var perDown = dn is { } x && downScripts > 0 ? x / downScripts : (double?)null;
        return "## The whole gate on the sample\n\n" +
               $"`./build.sh DeployCheck --report-dir <temp>` on `migrations/` ({downScripts} down scripts), whole process timed from outside, " +
               $"alternating with one plain `initdb` of a new cluster (as the server's account, `runuser -u postgres` when root) and `./build.sh --help`; " +
               $"median of {runs} runs each, after one warm-up. SpinUpEphemeralDb and CheckDownScripts are the durations the gate's own summary table prints in the same runs.\n\n" +
               "| measurement | median | raw (ms) | target | met |\n|---|---|---|---|---|\n" +
               $"| `./build.sh DeployCheck` (whole process) | {I(g)} ms | {string.Join(", ", gate.Select(v => I(v)))} | ≤ 2 × initdb | {(g <= 2 * f ? "yes" : "no")} |\n" +
               $"| one plain `initdb` (floor) | {I(f)} ms | {string.Join(", ", initdb.Select(v => I(v)))} | | |\n" +
               $"| ratio gate / initdb | **{I(g / f, "0.00")}** | | ≤ 2.0 | {(g <= 2 * f ? "yes" : "no")} |\n" +
               $"| `initdb --no-sync` (for comparison: plain initdb's time is mostly fsync when the disk is busy) | {I(f2)} ms | {string.Join(", ", initdbNoSync.Select(v => I(v)))} | | |\n" +
               $"| ratio gate / `initdb --no-sync` | {I(g / f2, "0.00")} | | | |\n" +
               (su is { } s2 ? $"| SpinUpEphemeralDb (in the gate) | {I(s2)} ms | {string.Join(", ", spinUp.Select(v => I(v)))} | ≤ 250 ms | {(s2 <= 250 ? "yes" : "no")} |\n" : "") +
               (perDown is { } p ? $"| CheckDownScripts per down script | {I(p)} ms | {string.Join(", ", down.Select(v => I(v / downScripts)))} | ≤ 50 ms | {(p <= 50 ? "yes" : "no")} |\n" : "") +
               $"| `./build.sh --help` (startup) | {I(h)} ms | {string.Join(", ", help.Select(v => I(v)))} | < 300 ms | {(h < 300 ? "yes" : "no")} |\n";
    }

    /// <summary>
    /// <c>./build.sh DeployCheck --prod-url</c> on an empty production with <paramref name="count"/> pending one-table
    /// scripts (whole process), and dbmate applying the same scripts to an empty database of the same server.
    /// </summary>
    public static async Task<string> BacklogAsync(IEphemeralServer server, string work, int count, CancellationToken ct)
    {
        var dir = Path.Combine(work, $"backlog-{count}");
        var ours = Path.Combine(dir, "migrations");
        var theirs = Path.Combine(dir, "dbmate");
        Directory.CreateDirectory(ours);
        Directory.CreateDirectory(theirs);
        for (var i = 1; i <= count; i++)
        {
            var sql = $"create table t{i:00000} (id bigint primary key, name text not null, created_at timestamptz not null default now());";
            await File.WriteAllTextAsync(Path.Combine(ours, $"{i:00000}_t{i:00000}.sql"), sql + "\n", ct);
            await File.WriteAllTextAsync(Path.Combine(theirs, $"{i:00000}_t{i:00000}.sql"), $"-- migrate:up\n{sql}\n\n-- migrate:down\n", ct);
        }
        await WarmAsync(ct);
        var prod = await server.CreateDatabaseAsync($"bench_prod_{count}", ct);
        var b = prod.Builder;
        var url = $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}?sslmode=disable";
        var (ms, r) = await TimeAsync(BuildSh, ["DeployCheck", "--migrations-dir", ours, "--prod-url", url, "--first-deploy", "--report-dir", Path.Combine(dir, "reports")], ct,
            TimeSpan.FromMinutes(20));
        var output = r.StandardOutput;
        if (r.ExitCode is not (0 or 1)) throw new InvalidOperationException($"DeployCheck on the backlog ended with exit {r.ExitCode}: " + r.Tail());
        if (Environment.GetEnvironmentVariable("SG_BENCH_KEEP_OUTPUT") is { Length: > 0 } keep) await File.WriteAllTextAsync(keep, output, ct);
        var progress = output.Split('\n').Count(l => l.Contains("pending scripts applied and compared", StringComparison.Ordinal));
        var diff = TargetMs(output, "DiffAgainstProd");
        var apply = TargetMs(output, "ApplyMigrations");
        await server.DropDatabaseAsync(prod, ct);

        var dbmate = await MigrationThroughputBenchmark.DbmateAsync(ct);
        double? theirsMs = null;
        var version = "not installed (npm unavailable)";
        if (dbmate is not null)
        {
            var dbB = await server.CreateDatabaseAsync($"bench_dbmate_{count}", ct);
            var bb = dbB.Builder;
            var sw = Stopwatch.StartNew();
            var run = await ProcessRunner.RunAsync(dbmate, ["--url", $"postgres://{bb.Username}@{bb.Host}:{bb.Port}/{bb.Database}?sslmode=disable",
                "--migrations-dir", theirs, "--no-dump-schema", "up"], ct, timeout: TimeSpan.FromMinutes(20));
            theirsMs = sw.Elapsed.TotalMilliseconds;
            if (!run.Succeeded) throw new InvalidOperationException("dbmate failed: " + run.Tail());
            version = (await ProcessRunner.RunAsync(dbmate, ["--version"], ct)).StandardOutput.Trim();
            await server.DropDatabaseAsync(dbB, ct);
        }
        Directory.Delete(dir, true);

        var target = count <= 2000 ? 15_000 : 75_000;
        var text = new StringBuilder($"## DeployCheck with {count:N0} pending one-table scripts\n\n");
        text.Append($"`./build.sh DeployCheck --migrations-dir <{count:N0} generated scripts> --prod-url <empty database> --first-deploy`, whole process, one run; ")
            .Append("then dbmate applies the same scripts (`-- migrate:up` sections) to an empty database of the same server. ")
            .Append($"The gate's output had {progress} progress line(s) (`DiffAgainstProd: n/{count:N0} pending scripts applied and compared`); exit {r.ExitCode}.\n\n")
            .Append("| measurement | time | target | met |\n|---|---|---|---|\n")
            .Append($"| `./build.sh DeployCheck` (whole process) | {I(ms)} ms | ≤ {target:N0} ms | {(ms <= target ? "yes" : "no")} |\n");
        if (apply is { } a) text.Append($"| of which ApplyMigrations | {I(a)} ms | | |\n");
        if (diff is { } d) text.Append($"| of which DiffAgainstProd | {I(d)} ms | | |\n");
        foreach (var t2 in new[] { "ValidateConfig", "LintMigrations", "SpinUpEphemeralDb", "CheckDownScripts", "SeedProduction", "PublishGate" })
            if (TargetMs(output, t2) is { } v && v >= 1000) text.Append($"| of which {t2} | {I(v)} ms | | |\n");
        if (theirsMs is { } t)
            text.Append($"| {version} `up` (peer) | {I(t)} ms | | |\n")
                .Append($"| ratio gate / dbmate | **{I(ms / t, "0.0")}** | {(count <= 2000 ? "≤ 7.5" : "")} | {(count <= 2000 ? (ms / t <= 7.5 ? "yes" : "no") : "")} |\n");
        return text.ToString();
    }

    /// <summary>
    /// Peak resident memory of <c>./build.sh DeployCheck</c> on one migration of about <paramref name="megabytes"/> MB
    /// (multi-row INSERTs into one table), through lint and apply: GNU time's maximum resident set of the whole process tree's largest process.
    /// </summary>
    public static async Task<string> BigScriptAsync(string work, int megabytes, CancellationToken ct)
    {
        var dir = Path.Combine(work, "big");
        var migrations = Path.Combine(dir, "migrations");
        Directory.CreateDirectory(migrations);
        var path = Path.Combine(migrations, "0001_big.sql");
        await using (var w = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await w.WriteLineAsync("create table big (id bigint primary key, name text not null, note text);");
            var id = 0L;
            var row = new StringBuilder();
            while (w.BaseStream.Length < megabytes * 1024L * 1024)
            {
                row.Clear().Append("insert into big (id, name, note) values ");
                for (var i = 0; i < 200; i++)
                {
                    id++;
                    row.Append(i == 0 ? "" : ", ").Append('(').Append(id).Append(", 'name ").Append(id).Append("', 'a note of some length for row ").Append(id).Append("')");
                }
                await w.WriteLineAsync(row.Append(';').ToString());
                await w.FlushAsync(ct);
            }
        }
        var size = new FileInfo(path).Length / 1024.0 / 1024.0;
        await WarmAsync(ct);
        var time = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        if (time is null) return $"## A {megabytes} MB migration\n\n`/usr/bin/time` (GNU time) is not installed: peak resident memory not measured.\n";
        var rss = Path.Combine(dir, "rss.txt");
        var (ms, r) = await TimeAsync(time, ["-f", "%M", "-o", rss, BuildSh, "DeployCheck", "--migrations-dir", migrations, "--report-dir", Path.Combine(dir, "reports")], ct,
            TimeSpan.FromMinutes(20));
        if (r.ExitCode is not (0 or 1)) throw new InvalidOperationException($"DeployCheck on the big script ended with exit {r.ExitCode}: " + r.Tail());
        var kb = long.Parse((await File.ReadAllLinesAsync(rss, ct)).Last(l => l.Trim().Length > 0).Trim(), CultureInfo.InvariantCulture);
        Directory.Delete(dir, true);
        var mb = kb / 1024.0;
        return $"## A {megabytes} MB migration through lint and apply\n\n" +
               $"One generated script of {I(size, "0.0")} MB (a table and multi-row INSERTs), `./build.sh DeployCheck --migrations-dir <it>`, whole process under GNU time " +
               $"(`%M`: the largest resident set of the process and the children it waited for); exit {r.ExitCode}, {I(ms)} ms.\n\n" +
               "| measurement | value | target | met |\n|---|---|---|---|\n" +
               $"| peak resident memory | {I(mb)} MB | ≤ 250 MB | {(mb <= 250 ? "yes" : "no")} |\n";
    }
}
