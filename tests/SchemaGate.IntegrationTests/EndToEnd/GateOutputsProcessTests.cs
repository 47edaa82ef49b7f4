using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Npgsql;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.EndToEnd;

/// <summary>
/// The build host run as CI runs it, for what it leaves behind: no secret in any output, the policy file obeyed (or
/// refused before anything starts), and the drift workflow's command line accepted by the host.
/// </summary>
public sealed class GateOutputsProcessTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string Password = "Kn0wn-Pa55word-7Q";
    private const string Token = "ghs_KnownToken4242xyz";

    [Fact]
    public async Task A_pull_request_run_with_a_password_and_a_token_leaks_neither_into_any_output()
    {
        var production = await fixture.CreateDatabaseAsync("leak-prod");
        await Db.ExecAsync(production, "create table audit_log (id int primary key)");
        var prodUrl = UrlWithPassword(production, Password);

        using var api = new RecordingGitHubApi();
        using var build = new BuildProcess(
            ("0001_alerts.sql", "create table alerts (id int primary key, payload text);"),
            ("0002_drop.sql", "drop table alerts;"));
        // Production was deployed up to 0001 (so it has a journal), then someone added audit_log by hand.
        var scripts = await MigrationSource.LoadAsync(Path.Combine(build.Root, "migrations"), build.Root, CancellationToken.None);
        var deployed = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, [scripts.Scripts[0]], CancellationToken.None);
        Assert.Null(deployed.Failure);
        var github = await build.AsPullRequestAsync(api.BaseUrl, prodUrl, Token);

        var (code, console) = await build.RunAsync("DeployCheck", "ReportDrift", "--verbose");

        Assert.True(code == 1, $"DROP TABLE should refuse the gate (exit 1):\n{console}");
        var reports = Path.Combine(build.Root, "artifacts", "schemagate");
        var outputs = new Dictionary<string, string>
        {
            // ::add-mask:: is the one line that must name the secret: the runner hides it and masks what follows.
            ["console"] = string.Join('\n', console.Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal))),
            ["report.json"] = await File.ReadAllTextAsync(Path.Combine(reports, "report.json")),
            ["report.md"] = await File.ReadAllTextAsync(Path.Combine(reports, "report.md")),
            ["report.sarif"] = await File.ReadAllTextAsync(Path.Combine(reports, "report.sarif")),
            ["step summary"] = await File.ReadAllTextAsync(Path.Combine(github, "summary.md")),
            ["GITHUB_OUTPUT"] = await File.ReadAllTextAsync(Path.Combine(github, "output.txt")),
        };
        foreach (var request in api.Requests) outputs[$"{request.Method} {request.Path}"] = request.Path + "\n" + request.Body;

        Assert.Contains("::add-mask::" + Token, console);
        Assert.Contains(api.Requests, r => r.Method == "POST" && r.Path.EndsWith("/issues/5/comments", StringComparison.Ordinal));
        Assert.Contains(api.Requests, r => r.Path.Contains("/statuses/", StringComparison.Ordinal));
        // Production holds a table its history does not: ReportDrift opens the schema-drift issue with report.md.
        Assert.Contains(api.Requests, r => r.Method == "POST" && r.Path == "/repos/acme/shop/issues" && r.Body.Contains("schema-drift", StringComparison.Ordinal));
        Assert.Contains("SG201", outputs["report.json"]);
        Assert.Contains("verdict=fail", outputs["GITHUB_OUTPUT"]);
        Assert.True(JsonDocument.Parse(outputs["report.json"]).RootElement.GetProperty("context").GetProperty("drift").GetProperty("checked").GetBoolean(),
            "production should have been compared, so its URL went through every path:\n" + console);
        foreach (var (where, text) in outputs)
        {
            Assert.False(text.Contains(Password, StringComparison.Ordinal), $"the password leaked into {where}:\n{text}");
            Assert.False(text.Contains(Token, StringComparison.Ordinal), $"the token leaked into {where}:\n{text}");
        }
    }

    [Fact]
    public async Task An_unreachable_production_url_with_a_password_fails_without_printing_it()
    {
        using var build = new BuildProcess(("0001_t.sql", "create table t (id int primary key);"));
        build.Environment["PROD_URL"] = $"postgres://deployer:{Password}@127.0.0.1:{ClosedPort()}/shop";

        var (code, console) = await build.RunAsync("DeployCheck", "--verbose");

        Assert.True(code == 3, $"an unreachable production is an infrastructure failure:\n{console}");
        Assert.Contains("127.0.0.1", console);
        Assert.DoesNotContain(Password, console);
        foreach (var file in Directory.GetFiles(Path.Combine(build.Root, "artifacts", "schemagate")))
            Assert.DoesNotContain(Password, await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task A_bad_policy_file_is_exit_2_with_its_line_and_nothing_starts()
    {
        using var build = new BuildProcess(("0001_t.sql", "create table t (id int primary key);"));
        await File.WriteAllTextAsync(Path.Combine(build.Root, "schemagate.policy.json"), "{\n  \"rules\": {\n    \"SG301\": \"fatal\"\n  }\n}\n");

        var (code, output) = await build.RunAsync("DeployCheck");

        Assert.True(code == 2, output);
        Assert.Contains("schemagate.policy.json:3: unknown severity \"fatal\" for SG301", output);
        Assert.DoesNotContain("=== LintMigrations ===", output);
        Assert.Empty(build.LeftoverInstances());
        Assert.False(Directory.Exists(build.InstancesDir) && Directory.GetDirectories(build.InstancesDir).Length > 0);
        Assert.False(File.Exists(build.ReportJson));

        var (missing, missingOutput) = await build.RunAsync("DeployCheck", "--policy", "ci/none.json");
        Assert.True(missing == 2, missingOutput);
        Assert.Contains("ci/none.json does not exist", missingOutput);
    }

    [Fact]
    public async Task The_policy_file_turns_a_locking_warning_into_a_refusal_and_the_command_line_strict_false_wins_over_its_strict()
    {
        using var build = new BuildProcess(
            ("0001_t.sql", "create table t (id int primary key, v int);"),
            ("0002_idx.sql", "create index t_v on t (v);\ncreate table notes (body json);"));
        await File.WriteAllTextAsync(Path.Combine(build.Root, "ci-policy.json"), "{\n  \"rules\": { \"SG301\": \"error\" },\n  \"strict\": true\n}\n");

        var (plain, plainOutput) = await build.RunAsync("LintMigrations", "PublishGate");
        Assert.True(plain == 0, "without a policy a locking rule only warns:\n" + plainOutput);

        var (refused, refusedOutput) = await build.RunAsync("LintMigrations", "PublishGate", "--policy", "ci-policy.json", "--strict", "false");
        Assert.True(refused == 1, refusedOutput);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(build.ReportJson));
        Assert.False(report.RootElement.GetProperty("strict").GetBoolean());
        Assert.Equal("ci-policy.json", report.RootElement.GetProperty("policyFile").GetString());
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        var index = findings.Single(f => f.GetProperty("ruleId").GetString() == "SG301");
        Assert.Equal("error", index.GetProperty("severity").GetString());
        Assert.Equal("warning", index.GetProperty("policy").GetProperty("from").GetString());
        Assert.True(index.GetProperty("blocks").GetBoolean());
        // The file's strict is overridden by --strict false: other warnings do not block.
        Assert.All(findings.Where(f => f.GetProperty("severity").GetString() == "warning"), f => Assert.False(f.GetProperty("blocks").GetBoolean()));
    }

    [Fact]
    public async Task The_drift_workflow_command_line_is_a_valid_plan_and_ReportDrift_without_a_token_says_so()
    {
        var workflow = await File.ReadAllTextAsync(Path.Combine(RepoRoot(), ".github", "workflows", "drift.yml"));
        var run = workflow.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("run: ./build.sh", StringComparison.Ordinal));
        var targets = run["run: ./build.sh".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        using var build = new BuildProcess(("0001_t.sql", "create table t (id int primary key);"));
        var (planCode, plan) = await build.RunAsync([.. targets, "--plan"]);
        Assert.True(planCode == 0, plan);
        Assert.True(plan.IndexOf("DiffAgainstProd", StringComparison.Ordinal) < plan.IndexOf("ReportDrift", StringComparison.Ordinal), plan);

        var production = await fixture.CreateDatabaseAsync("drift-notoken");
        await Db.ExecAsync(production, "create table stray (id int)");
        build.Environment["PROD_URL"] = UrlWithPassword(production, Password);
        var (_, output) = await build.RunAsync(targets);
        Assert.Contains("ReportDrift: no GitHub token", output);
        Assert.Matches(@"ReportDrift\s+Succeeded", output);
        Assert.DoesNotContain(Password, output);
    }

    private static string UrlWithPassword(SchemaGate.Connections.DatabaseUrl db, string password)
    {
        var b = new NpgsqlConnectionStringBuilder(db.ConnectionString);
        return $"postgres://{b.Username}:{password}@127.0.0.1:{b.Port}/{b.Database}";
    }

    private static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
