using System.Text.Json;
using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Tests.Reporting;

public sealed class ReportJsonTests
{
    private static string SchemaPath => Path.Combine(ExternalTools.RepoRoot, "docs", "schemas", "report.schema.json");

    [Fact]
    public async Task Report_json_keeps_the_contract_and_matches_the_published_schema()
    {
        using var dir = new TempDirectory();
        var paths = await new ReportFiles(new Redactor()).WriteAsync(SampleReports.Mixed(), dir.Path, CancellationToken.None);

        await ExternalTools.AssertValidJsonAsync(SchemaPath, paths.Paths.Json);

        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(paths.Paths.Json));
        var root = doc.RootElement;
        Assert.Equal("fail", root.GetProperty("verdict").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(4, findings.Length);

        var first = findings[0];
        Assert.Equal("SG101", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("migrations/0002_add_alerts.sql", first.GetProperty("file").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(5, first.GetProperty("column").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("object").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("suppressed").ValueKind);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("help").GetString()));
        Assert.True(first.GetProperty("blocks").GetBoolean());

        Assert.Equal("notice", findings[2].GetProperty("severity").GetString());
        Assert.Equal("public.schemaversions", findings[2].GetProperty("object").GetString());
        Assert.Equal(JsonValueKind.Null, findings[2].GetProperty("line").ValueKind);

        var suppressed = findings[3].GetProperty("suppressed");
        Assert.Equal("allow", suppressed.GetProperty("kind").GetString());
        Assert.Equal("fixed by hand on prod", suppressed.GetProperty("reason").GetString());
        Assert.Equal(6, suppressed.GetProperty("line").GetInt32());
        Assert.False(findings[3].GetProperty("blocks").GetBoolean());

        var context = root.GetProperty("context");
        Assert.False(context.GetProperty("drift").GetProperty("checked").GetBoolean());
        Assert.Equal("no production URL", context.GetProperty("drift").GetProperty("reason").GetString());
        Assert.NotNull(context.GetProperty("postgres").GetProperty("warning").GetString());
        Assert.Equal(["0004_add_index.sql", "0005_seed.sql"],
            context.GetProperty("migrations").GetProperty("pending").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(4200, context.GetProperty("targets")[1].GetProperty("durationMs").GetInt64());
        Assert.Contains("drift not checked: no production URL",
            context.GetProperty("checksNotDone").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_passing_report_with_an_empty_context_matches_the_schema()
    {
        using var dir = new TempDirectory();
        var report = GateReport.From([], new GateContext());
        var paths = await new ReportFiles(new Redactor()).WriteAsync(report, dir.Path, CancellationToken.None);
        await ExternalTools.AssertValidJsonAsync(SchemaPath, paths.Paths.Json);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(paths.Paths.Json));
        Assert.Equal("pass", doc.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task The_schema_rejects_a_report_that_breaks_the_contract()
    {
        using var dir = new TempDirectory();
        var json = new ReportJsonWriter(new Redactor()).Render(SampleReports.Mixed())
            .Replace("\"severity\": \"error\"", "\"severity\": \"fatal\"");
        await File.WriteAllTextAsync(dir.File("broken.json"), json);
        var run = await ExternalTools.RunAsync("ajv", "validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats",
            "-s", SchemaPath, "-d", dir.File("broken.json"));
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("severity", run.Output);
    }
}
