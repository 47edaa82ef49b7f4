using System.Diagnostics;
using System.Text.Json;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Processes;

namespace SchemaGate.IntegrationTests.EndToEnd;

/// <summary>The build host run as users run it: a real process, real exit codes, real leftovers (or none).</summary>
public sealed class DeployCheckProcessTests
{
    private static JsonElement Report(BuildProcess build) => JsonDocument.Parse(File.ReadAllText(build.ReportJson)).RootElement;

    private static bool AnyPostgresUnder(string folder) =>
        Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d)).Where(n => n.All(char.IsDigit)).Any(pid =>
        {
            try
            {
                var argv = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
                return argv[0].EndsWith("postgres", StringComparison.Ordinal) && argv.Any(a => a.Contains(folder, StringComparison.Ordinal));
            }
            catch (IOException) { return false; }
            catch (UnauthorizedAccessException) { return false; }
        });

    [Fact]
    public async Task A_clean_project_passes_prints_the_summary_and_leaves_nothing_running()
    {
        using var build = new BuildProcess(
            ("0001_t.sql", "create table t (id int primary key);"),
            ("0002_v.sql", "create view v as select id from t;"));
        var (code, output) = await build.RunAsync("DeployCheck");
        Assert.True(code == 0, output);
        Assert.Contains("Target", output);
        Assert.Matches(@"ApplyMigrations\s+Succeeded", output);
        Assert.Matches(@"PublishGate\s+Succeeded", output);
        Assert.Equal("pass", Report(build).GetProperty("verdict").GetString());
        Assert.Empty(build.LeftoverInstances());
        Assert.False(AnyPostgresUnder(build.Tmp));
    }

    [Fact]
    public async Task A_syntax_error_on_line_7_refuses_with_exit_1_naming_the_file_and_line()
    {
        using var build = new BuildProcess(
            ("0001_t.sql", "create table t (id int);"),
            ("0002_bad.sql", "-- line 1\ncreate table u (id int);\n\n\n\n\nalter tabel u add column x int;\n"));
        var (code, output) = await build.RunAsync("DeployCheck");
        Assert.True(code == 1, output);
        Assert.Contains("migrations/0002_bad.sql:7", output);
        var finding = Report(build).GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "SG110");
        Assert.Equal("migrations/0002_bad.sql", finding.GetProperty("file").GetString());
        Assert.Equal(7, finding.GetProperty("line").GetInt32());
        Assert.Equal("fail", Report(build).GetProperty("verdict").GetString());
        Assert.Empty(build.LeftoverInstances());
        Assert.False(AnyPostgresUnder(build.Tmp));
    }

    [Fact]
    public async Task Two_files_numbered_0002_refuse_with_one_finding_naming_both()
    {
        using var build = new BuildProcess(
            ("0001_t.sql", "create table t (id int);"),
            ("0002_a.sql", "alter table t add column a int;"),
            ("2_b.sql", "alter table t add column b int;"));
        var (code, output) = await build.RunAsync("DeployCheck");
        Assert.True(code == 1, output);
        var dup = Report(build).GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "SG101");
        var text = dup.GetProperty("message").GetString() + " " + dup.GetProperty("object").ToString() + " " + dup.GetProperty("file").GetString();
        Assert.Contains("0002_a.sql", text);
        Assert.Contains("2_b.sql", text);
        Assert.Empty(build.LeftoverInstances());
    }

    [Fact]
    public async Task Killed_with_SIGKILL_mid_run_leaves_nothing_once_the_watchdog_or_the_next_run_has_looked()
    {
        using var build = new BuildProcess(
            ("0001_t.sql", "create table t (id int);"),
            ("0002_slow.sql", "select pg_sleep(60);"));
        using var process = build.Start("DeployCheck", "--statement-timeout", "5m");
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < TimeSpan.FromSeconds(60) &&
               !build.LeftoverInstances().Any(d => File.Exists(Path.Combine(d, "data", "postmaster.pid"))))
            await Task.Delay(100);
        var instance = Assert.Single(build.LeftoverInstances());
        await Task.Delay(1500); // into the slow migration
        process.Kill(entireProcessTree: false); // SIGKILL: no teardown runs
        await process.WaitForExitAsync();

        // The watchdog notices the dead owner within a couple of seconds.
        sw.Restart();
        while (sw.Elapsed < TimeSpan.FromSeconds(20) && (Directory.Exists(instance) || AnyPostgresUnder(build.Tmp)))
            await Task.Delay(200);
        Assert.False(Directory.Exists(instance));
        Assert.False(AnyPostgresUnder(build.Tmp));

        // And a new run starts cleanly and cleans up after itself.
        File.Delete(Path.Combine(build.Root, "migrations", "0002_slow.sql"));
        var (code, output) = await build.RunAsync("DeployCheck");
        Assert.True(code == 0, output);
        Assert.Empty(build.LeftoverInstances());
    }

    [Fact]
    public async Task Ctrl_C_mid_run_aborts_tears_down_and_exits_3()
    {
        using var build = new BuildProcess(("0001_slow.sql", "select pg_sleep(60);"));
        using var process = build.Start("DeployCheck");
        var seen = new System.Text.StringBuilder();
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
                lock (seen) seen.AppendLine(line);
        });
        string Seen() { lock (seen) return seen.ToString(); }
        var sw = Stopwatch.StartNew();
        // Wait until the slow migration is running, however loaded the machine is.
        while (sw.Elapsed < TimeSpan.FromSeconds(90) && !Seen().Contains("=== ApplyMigrations ===")) await Task.Delay(100);
        Assert.Contains("=== ApplyMigrations ===", Seen());
        await Task.Delay(1000);
        Assert.True(Posix.Signal(process.Id, Posix.SigInt));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(cts.Token);
        await reading;
        var text = Seen();
        Assert.True(process.ExitCode == 3, text);
        Assert.Matches(@"ApplyMigrations\s+Aborted", text);
        Assert.Empty(build.LeftoverInstances());
        Assert.False(AnyPostgresUnder(build.Tmp));
    }

    [Fact]
    public async Task Help_lists_every_target_with_its_description_and_unknown_targets_exit_2()
    {
        using var build = new BuildProcess();
        var (code, help) = await build.RunAsync("--help");
        Assert.Equal(0, code);
        foreach (var target in new[] { "Compile", "Test", "LintMigrations", "SpinUpEphemeralDb", "ApplyMigrations", "PublishGate", "DeployCheck", "Benchmark" })
            Assert.Contains(target, help);
        Assert.Contains("--migrations-dir", help);
        var (bad, output) = await build.RunAsync("DeployChekc");
        Assert.Equal(2, bad);
        Assert.Contains("DeployCheck", output);
    }

    [Fact]
    public async Task A_missing_migrations_folder_is_exit_2_naming_it()
    {
        using var build = new BuildProcess();
        var (code, output) = await build.RunAsync("LintMigrations", "--migrations-dir", "db/nowhere");
        Assert.True(code == 2, output);
        Assert.Contains("db/nowhere", output);
    }
}
