using SchemaGate.Findings;
using SchemaGate.GitHub;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Tests.GitHub;
using SchemaGate.Migrations.Source;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Tests.Reporting;

/// <summary>A known password and token placed everywhere a report draws from must appear in no output at all.</summary>
public sealed class SecretLeakTests
{
    private const string Password = "Pa55w0rd-XYZZY";
    private const string Token = "ghs_SECRETtoken987654321";

    [Fact]
    public async Task Password_and_token_never_leave_the_process()
    {
        await using var fx = new PublisherFixture();
        var url = $"postgres://deployer:{Password}@db.internal:5432/shop";
        fx.Environment["GITHUB_TOKEN"] = Token;
        fx.Environment["PROD_URL"] = url;

        var redactor = new Redactor();
        redactor.Add(Password);
        redactor.Add(url);

        Finding[] findings =
        [
            RunnerRules.MigrationFailed.Report($"could not connect with {url} (password {Password})", $"migrations/0001_{Password}.sql", 2, 3, $"public.{Password}"),
            MigrationFileRules.EmptyScript.Report($"token {Token} seen", "migrations/0002_x.sql", 1) with
            {
                Suppressed = new Suppression(SuppressionKind.Allow, $"reason mentions {Password}", "migrations/0002_x.sql", 1),
            },
            MigrationFileRules.VersionGap.Report($"gap near {Password}") with { Object = $"public.{Token}" },
        ];
        var context = SampleReports.Context() with
        {
            ChecksNotDone = [$"drift not checked: {url} unreachable"],
            ChecksDone = [$"connected as {Password}"],
            Targets = [new TargetRun($"DeployCheck {Token}", TargetOutcome.Failed, TimeSpan.FromSeconds(1))],
            Postgres = new PostgresVersions("15.8", $"15.8 {Password}"),
            Migrations = new MigrationSummary(2, 1, [$"0002_{Password}.sql"]),
        };
        var report = GateReport.From(findings, context);

        // The publisher registers the token with the redactor before anything is sent, but the files written
        // before publishing must be safe too: the host registers every secret as soon as it is read.
        redactor.Add(Token);
        var paths = await new ReportFiles(redactor).WriteAsync(report, fx.Dir.File("report"), CancellationToken.None);
        var plain = new StringWriter();
        new ConsoleReporter(redactor, plain, useColour: false).Write(report);
        var rich = new StringWriter();
        new ConsoleReporter(redactor, rich, useColour: true).Write(report);

        var log = new StringWriter();
        var markdown = await File.ReadAllTextAsync(paths.Paths.Markdown);
        await new GitHubPublisher(redactor, log).PublishAsync(GitHubPublication.From(report, markdown), fx.Environment, fx.Options(), CancellationToken.None);

        var outputs = new Dictionary<string, string>
        {
            ["console (plain)"] = plain.ToString(),
            ["console (colour)"] = rich.ToString(),
            ["report.json"] = await File.ReadAllTextAsync(paths.Paths.Json),
            ["report.md"] = markdown,
            ["report.sarif"] = await File.ReadAllTextAsync(paths.Paths.Sarif),
            ["step summary"] = await File.ReadAllTextAsync(fx.Environment["GITHUB_STEP_SUMMARY"]!),
            ["outputs"] = await File.ReadAllTextAsync(fx.Environment["GITHUB_OUTPUT"]!),
            // ::add-mask:: lines are the one place a secret must be written: the runner hides them and masks later lines.
            ["workflow log"] = string.Join('\n', log.ToString().Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal))),
        };
        foreach (var request in fx.Api.Requests)
            outputs[$"{request.Method} {request.Path}?{request.Query}"] = request.Path + "?" + request.Query + "\n" + request.Body;

        Assert.True(fx.Api.Requests.Count >= 4, "the publisher should have talked to the fake API");
        Assert.Contains("::add-mask::" + Token, log.ToString());
        foreach (var (where, text) in outputs)
        {
            Assert.False(text.Contains(Password, StringComparison.Ordinal), $"the password leaked into {where}");
            Assert.False(text.Contains(Token, StringComparison.Ordinal), $"the token leaked into {where}");
            Assert.False(text.Contains("db.internal", StringComparison.Ordinal), $"the URL leaked into {where}");
        }
        Assert.Contains("migrations/0001_***.sql", outputs["report.json"]);
        Assert.Contains("Bearer " + Token, fx.Api.Requests[0].Headers["Authorization"]);
    }
}
