using System.Text.Json;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.Generation;

/// <summary>
/// Drift comes with its fix, through the build host as CI runs it: DiffAgainstProd on a production changed by hand
/// writes drift/revert.sql and drift/&lt;next version&gt;_adopt_production_changes.sql next to the reports, both
/// validated, and report.md, the PR comment and the schema-drift issue link them.
/// </summary>
public sealed class DriftFixProcessTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static readonly (string, string)[] Files =
    [
        ("0001_accounts.sql", "create table accounts (id int primary key, email text not null);"),
        ("0002_orders.sql", "create table orders (id int primary key, account_id int references accounts (id));"),
    ];

    private const string HandChanges = """
        alter table accounts add column nickname text;
        create table audit_log (id int primary key, note text);
        """;

    private const string Adopt = "drift/0003_adopt_production_changes.sql";
    private const string RunUrl = "https://github.com/acme/shop/actions/runs/77#artifacts";

    [Fact]
    public async Task Drift_writes_both_scripts_validated_next_to_the_reports_and_report_md_links_them()
    {
        using var build = new BuildProcess(Files);
        var production = await DeployedWithDriftAsync(build, "driftfix-local");
        build.Environment["PROD_URL"] = production.ConnectionString;

        var (code, output) = await build.RunAsync("DiffAgainstProd", "PublishGate");

        Assert.True(code == 1, "drift refuses the gate:\n" + output);
        var reports = Path.Combine(build.Root, "artifacts", "schemagate");
        var revert = await File.ReadAllTextAsync(Path.Combine(reports, "drift", "revert.sql"));
        var adopt = await File.ReadAllTextAsync(Path.Combine(reports, Adopt));
        Assert.Contains("Validated on PostgreSQL", revert);
        Assert.Contains("Validated on PostgreSQL", adopt);
        Assert.DoesNotContain("NOT VALIDATED", revert + adopt);
        Assert.Contains("DROP TABLE public.audit_log", revert);
        Assert.Contains("ALTER TABLE public.accounts DROP COLUMN nickname", revert);
        Assert.Contains("CREATE TABLE public.audit_log", adopt);
        Assert.Contains("ALTER TABLE public.accounts ADD COLUMN nickname text", adopt);

        var md = await File.ReadAllTextAsync(Path.Combine(reports, "report.md"));
        Assert.Contains("[`drift/revert.sql`](drift/revert.sql)", md);
        Assert.Contains($"[`{Adopt}`]({Adopt})", md);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(build.ReportJson));
        var fix = json.RootElement.GetProperty("context").GetProperty("drift").GetProperty("fix");
        Assert.True(fix.GetProperty("revertValidated").GetBoolean() && fix.GetProperty("adoptValidated").GetBoolean(), fix.ToString());
        Assert.Contains("drift fix written and validated", md);
        // Production was only read: the hand-made change is still there.
        Assert.True(await Db.TableExistsAsync(production, "audit_log"));
        Assert.Empty(build.LeftoverInstances());
    }

    [Fact]
    public async Task The_pr_comment_and_the_drift_issue_link_the_scripts_in_the_runs_artifacts()
    {
        using var api = new RecordingGitHubApi();
        using var build = new BuildProcess(Files);
        var production = await DeployedWithDriftAsync(build, "driftfix-github");
        await build.AsPullRequestAsync(api.BaseUrl, production.ConnectionString, "ghs_test_token_drift_fix");

        var (code, output) = await build.RunAsync("DiffAgainstProd", "PublishGate", "ReportDrift");

        Assert.True(code == 1, output);
        var comment = Body(api, "POST", "/repos/acme/shop/issues/5/comments", output);
        var issue = Body(api, "POST", "/repos/acme/shop/issues", output);
        foreach (var (where, body) in new[] { ("PR comment", comment), ("drift issue", issue) })
        {
            Assert.True(body.Contains($"[`drift/revert.sql`]({RunUrl})", StringComparison.Ordinal), $"{where}:\n{body}");
            Assert.True(body.Contains($"[`{Adopt}`]({RunUrl})", StringComparison.Ordinal), $"{where}:\n{body}");
        }
        Assert.True(File.Exists(Path.Combine(build.Root, "artifacts", "schemagate", Adopt)));
    }

    private async Task<SchemaGate.Connections.DatabaseUrl> DeployedWithDriftAsync(BuildProcess build, string name)
    {
        var production = await fixture.CreateDatabaseAsync(name);
        var set = await MigrationSource.LoadAsync(Path.Combine(build.Root, "migrations"), build.Root, CancellationToken.None);
        Assert.True((await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts, CancellationToken.None)).Succeeded);
        await Db.ExecAsync(production, HandChanges);
        return production;
    }

    private static string Body(RecordingGitHubApi api, string method, string path, string output)
    {
        var request = api.Requests.Where(r => r.Method == method && r.Path == path).ToList();
        Assert.True(request.Count == 1, $"expected one {method} {path}, got {request.Count}:\n" +
            string.Join('\n', api.Requests.Select(r => $"{r.Method} {r.Path}")) + "\n" + output);
        using var doc = JsonDocument.Parse(request[0].Body);
        return doc.RootElement.GetProperty("body").GetString()!;
    }
}
