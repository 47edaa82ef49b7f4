using System.Text.Json;
using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Tests.Reporting;

/// <summary>The drift fix in the reports: both scripts linked from report.md (and so from the PR comment and the drift issue), and as fields in report.json.</summary>
public sealed class DriftFixReportTests
{
    private static GateReport WithFix(DriftFixSummary fix) => GateReport.From([], SampleReports.Context() with
    {
        Drift = new DriftSummary(true, null, 1, 0, 1) { Fix = fix },
    });

    [Fact]
    public void Report_md_links_both_scripts_relative_to_itself_and_says_what_each_is_for()
    {
        var md = new ReportMarkdownWriter(new Redactor()).Render(WithFix(new DriftFixSummary("drift/revert.sql", "drift/0007_adopt_production_changes.sql", true, true)
        {
            AdoptOnline = "drift/0008_adopt_production_changes_concurrently.sql",
        }));

        Assert.Contains("## Drift fix", md);
        var revert = md.Split('\n').Single(l => l.StartsWith("| [`drift/revert.sql`](drift/revert.sql)", StringComparison.Ordinal));
        Assert.Contains("production back to what its journal implies", revert);
        Assert.Contains("yes: applied to a copy of production", revert);
        var adopt = md.Split('\n').Single(l => l.StartsWith("| [`drift/0007_adopt_production_changes.sql`](drift/0007_adopt_production_changes.sql)", StringComparison.Ordinal));
        Assert.Contains("then [`drift/0008_adopt_production_changes_concurrently.sql`](drift/0008_adopt_production_changes_concurrently.sql) (no transaction)", adopt);
        Assert.Contains("commit it to the migrations folder", adopt);
        Assert.True(md.IndexOf("## Drift fix", StringComparison.Ordinal) < md.IndexOf("## What was checked", StringComparison.Ordinal));
    }

    [Fact]
    public void On_github_actions_the_links_go_to_the_runs_artifacts_and_an_unvalidated_script_says_so()
    {
        const string run = "https://github.com/acme/shop/actions/runs/77#artifacts";
        var md = new ReportMarkdownWriter(new Redactor()).Render(WithFix(new DriftFixSummary("drift/revert.sql", "drift/0007_adopt_production_changes.sql", false, true)
        {
            ArtifactsUrl = run,
        }));

        Assert.Contains($"[`drift/revert.sql`]({run})", md);
        Assert.Contains($"[`drift/0007_adopt_production_changes.sql`]({run})", md);
        Assert.Contains($"[this run's artifacts]({run})", md);
        Assert.Contains("**NOT validated**", md.Split('\n').Single(l => l.StartsWith("| [`drift/revert.sql`]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_a_fix_there_is_no_section()
    {
        var md = new ReportMarkdownWriter(new Redactor()).Render(GateReport.From([], SampleReports.Context() with { Drift = new DriftSummary(true) }));
        Assert.DoesNotContain("## Drift fix", md);
    }

    [Fact]
    public async Task Report_json_carries_the_fix_and_matches_the_schema()
    {
        using var dir = new TempDirectory();
        var files = await new ReportFiles(new Redactor()).WriteAsync(
            WithFix(new DriftFixSummary("drift/revert.sql", "drift/0007_adopt_production_changes.sql", true, false) { RevertOnline = "drift/revert.concurrently.sql" }),
            dir.Path, CancellationToken.None);

        await ExternalTools.AssertValidJsonAsync(Path.Combine(ExternalTools.RepoRoot, "docs", "schemas", "report.schema.json"), files.Paths.Json);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(files.Paths.Json));
        var fix = doc.RootElement.GetProperty("context").GetProperty("drift").GetProperty("fix");
        Assert.Equal("drift/revert.sql", fix.GetProperty("revert").GetString());
        Assert.Equal("drift/revert.concurrently.sql", fix.GetProperty("revertOnline").GetString());
        Assert.True(fix.GetProperty("revertValidated").GetBoolean());
        Assert.Equal("drift/0007_adopt_production_changes.sql", fix.GetProperty("adopt").GetString());
        Assert.Equal(JsonValueKind.Null, fix.GetProperty("adoptOnline").ValueKind);
        Assert.False(fix.GetProperty("adoptValidated").GetBoolean());
    }
}
