using System.Text.Json;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.Seeds;

public sealed class SeedReportTests
{
    [Fact]
    public async Task The_seed_plan_is_written_to_report_json_context_and_the_published_schema_accepts_it()
    {
        var sample = SampleReports.Mixed();
        var report = sample with
        {
            Context = sample.Context with
            {
                Seeds = new SeedSummary("upsert", true, null,
                [
                    new SeedTableSummary("public.severities", "migrations/seeds/severities.csv", 3, 1, 1, 1, 0),
                    new SeedTableSummary("public.alert_rules", "migrations/seeds/alert_rules.csv", 2, 2, 0, 0, 0),
                ]),
            },
        };
        using var dir = new TempDirectory();

        var paths = await new ReportFiles(new Redactor()).WriteAsync(report, dir.Path, CancellationToken.None);

        await ExternalTools.AssertValidJsonAsync(Path.Combine(ExternalTools.RepoRoot, "docs", "schemas", "report.schema.json"), paths.Paths.Json);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(paths.Paths.Json));
        var seeds = doc.RootElement.GetProperty("context").GetProperty("seeds");
        Assert.Equal("upsert", seeds.GetProperty("mode").GetString());
        Assert.True(seeds.GetProperty("planned").GetBoolean());
        var first = seeds.GetProperty("tables")[0];
        Assert.Equal(("public.severities", 3, 1, 1, 1, 0),
            (first.GetProperty("table").GetString(), first.GetProperty("rows").GetInt32(), first.GetProperty("insert").GetInt32(),
             first.GetProperty("update").GetInt32(), first.GetProperty("unchanged").GetInt32(), first.GetProperty("delete").GetInt32()));
    }

    [Fact]
    public async Task Without_seeds_the_context_has_no_seed_field()
    {
        using var dir = new TempDirectory();
        var paths = await new ReportFiles(new Redactor()).WriteAsync(SampleReports.Mixed(), dir.Path, CancellationToken.None);

        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(paths.Paths.Json));
        Assert.False(doc.RootElement.GetProperty("context").TryGetProperty("seeds", out _));
    }
}
