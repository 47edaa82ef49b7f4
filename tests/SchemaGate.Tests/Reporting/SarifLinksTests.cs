using System.Text.Json;
using SchemaGate.Findings;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tests.Reporting;

/// <summary>Where report.sarif's links and location-less results point, from the GitHub environment.</summary>
public sealed class SarifLinksTests
{
    private static readonly Finding Drift = MigrationFileRules.VersionGap.Report("table public.audit exists in production only") with { Object = "public.audit" };

    [Fact]
    public async Task On_GitHub_rule_pages_link_to_the_repository_at_the_commit_and_drift_results_anchor_on_the_first_script()
    {
        var options = SarifOptions.From(new Dictionary<string, string?>
        {
            ["GITHUB_SERVER_URL"] = "https://github.example",
            ["GITHUB_REPOSITORY"] = "acme/shop",
            ["GITHUB_SHA"] = "0123456789abcdef0123456789abcdef01234567",
        }, "db/migrations/0001_init.sql");
        var report = GateReport.From([SampleReports.Error(), Drift], SampleReports.Context());

        using var dir = new TempDirectory();
        var paths = await new ReportFiles(new Redactor(), options).WriteAsync(report, dir.Path, CancellationToken.None);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(paths.Paths.Sarif));
        var run = doc.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        const string blob = "https://github.example/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/";
        Assert.Equal(blob + "README.md", driver.GetProperty("informationUri").GetString());
        foreach (var rule in driver.GetProperty("rules").EnumerateArray())
            Assert.Equal($"{blob}docs/rules/{rule.GetProperty("id").GetString()}.md", rule.GetProperty("helpUri").GetString());

        var drift = run.GetProperty("results")[1].GetProperty("locations")[0];
        Assert.Equal("db/migrations/0001_init.sql", drift.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, drift.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("public.audit", drift.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());

        var schema = Path.Combine(ExternalTools.ToolsDirectory, "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json");
        var asJson = dir.File("report.sarif.json");
        File.Copy(paths.Paths.Sarif, asJson);
        var check = await ExternalTools.RunAsync("ajv", "validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats", "-s", schema, "-d", asJson);
        Assert.True(check.ExitCode == 0, check.Output);
        // GitHub's own rule set (GH1xxx) too: code scanning's requirements on locations and regions.
        var problems = await SarifTests.ValidateAsync(paths.Paths.Sarif, dir.File("validation.sarif"));
        problems = [.. problems, .. await SarifTests.ValidateAsync(paths.Paths.Sarif, dir.File("validation-gh.sarif"), "--rule-kind", "Gh")];
        Assert.True(problems.Count == 0, "SARIF multitool findings:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Off_GitHub_help_keeps_a_repository_relative_link_and_no_helpUri()
    {
        var options = SarifOptions.From(new Dictionary<string, string?>(), "migrations/0001_init.sql");
        Assert.Null(options.DocsBaseUri);
        Assert.Equal("migrations/0001_init.sql", options.FallbackArtifactUri);
        using var doc = JsonDocument.Parse(new SarifWriter(new Redactor(), options).Render(GateReport.From([Drift], new GateContext())));
        var rule = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.False(rule.TryGetProperty("helpUri", out _));
        Assert.Contains($"(docs/rules/{rule.GetProperty("id").GetString()}.md)", rule.GetProperty("help").GetProperty("markdown").GetString());
        Assert.Equal(SarifOptions.DefaultInformationUri, doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("informationUri").GetString());
    }
}
