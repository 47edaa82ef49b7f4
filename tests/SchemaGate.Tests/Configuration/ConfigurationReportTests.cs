using System.Text.Json;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.Configuration;

public sealed class ConfigurationReportTests
{
    [Fact]
    public async Task The_fingerprints_are_in_report_json_context_and_match_the_schema()
    {
        using var dir = new TempDirectory();
        var context = SampleReports.Context() with
        {
            Configuration = new ConfigurationSummary("production", "postgres://app@db1:5432/app", "7301234567890123456/app/16384", "15.8",
                "postgres://dev@db2:5432/app_dev", "7309999999999999999/app_dev/16390"),
        };
        var paths = await new ReportFiles(new Redactor()).WriteAsync(GateReport.From([], context), dir.Path, CancellationToken.None);

        await ExternalTools.AssertValidJsonAsync(Path.Combine(ExternalTools.RepoRoot, "docs", "schemas", "report.schema.json"), paths.Paths.Json);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(paths.Paths.Json));
        var config = doc.RootElement.GetProperty("context").GetProperty("configuration");
        Assert.Equal("production", config.GetProperty("environment").GetString());
        Assert.Equal("7301234567890123456/app/16384", config.GetProperty("productionFingerprint").GetString());
        Assert.Equal("7309999999999999999/app_dev/16390", config.GetProperty("developmentFingerprint").GetString());
        Assert.Equal("postgres://app@db1:5432/app", config.GetProperty("production").GetString());
    }
}
