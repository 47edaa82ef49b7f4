using System.Text.Json;
using SchemaGate.Findings;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tests.Reporting;

public sealed class SarifTests
{
    /// <summary>
    /// Runs Microsoft's SARIF multitool (`validate`: the SARIF 2.1.0 JSON schema plus its SARIF1xxx/2xxx rules)
    /// and returns its findings about our file. The tool exits 0 either way, so its output log is read.
    /// </summary>
    internal static async Task<IReadOnlyList<string>> ValidateAsync(string sarifPath, string outputPath, params string[] extra)
    {
        var run = await ExternalTools.RunAsync("sarif-multitool", ["validate", sarifPath, "-o", outputPath, "--log", "ForceOverwrite", .. extra]);
        Assert.True(run.ExitCode == 0 && File.Exists(outputPath), $"sarif-multitool failed:\n{run.Output}");
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(outputPath));
        return doc.RootElement.GetProperty("runs")[0].TryGetProperty("results", out var results)
            ? results.EnumerateArray()
                .Select(r => $"{r.GetProperty("ruleId").GetString()} {(r.TryGetProperty("level", out var l) ? l.GetString() : "warning")}: " +
                             string.Join(" | ", r.GetProperty("message").TryGetProperty("arguments", out var a)
                                 ? a.EnumerateArray().Select(x => x.GetString()) : []))
                .ToArray()
            : [];
    }

    /// <summary>The official SARIF 2.1.0 JSON schema (shipped in the multitool package), checked with ajv.</summary>
    private static async Task<ExternalTools.Run> SchemaCheckAsync(string sarifPath, TempDirectory dir)
    {
        var schema = Path.Combine(ExternalTools.ToolsDirectory, "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json");
        Assert.True(File.Exists(schema), "SARIF schema missing: run tests/tools/install.sh");
        var asJson = dir.File(Path.GetFileName(sarifPath) + ".json");
        File.Copy(sarifPath, asJson, overwrite: true);
        return await ExternalTools.RunAsync("ajv", "validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats", "-s", schema, "-d", asJson);
    }

    [Fact]
    public async Task Sarif_passes_the_multitool_and_the_official_schema()
    {
        using var dir = new TempDirectory();
        var paths = await new ReportFiles(new Redactor()).WriteAsync(SampleReports.Mixed(), dir.Path, CancellationToken.None);
        var problems = await ValidateAsync(paths.Paths.Sarif, dir.File("validation.sarif"));
        Assert.True(problems.Count == 0, "SARIF multitool findings:\n" + string.Join("\n", problems));
        var schema = await SchemaCheckAsync(paths.Paths.Sarif, dir);
        Assert.True(schema.ExitCode == 0, "report.sarif does not match the SARIF 2.1.0 schema:\n" + schema.Output);
    }

    [Fact]
    public async Task The_validators_catch_a_broken_log()
    {
        using var dir = new TempDirectory();
        var sarif = new SarifWriter(new Redactor()).Render(SampleReports.Mixed()).Replace("\"level\": \"note\"", "\"level\": \"notice\"");
        await File.WriteAllTextAsync(dir.File("broken.sarif"), sarif);
        var schema = await SchemaCheckAsync(dir.File("broken.sarif"), dir);
        Assert.NotEqual(0, schema.ExitCode);
        Assert.Contains("/level", schema.Output);

        var missingName = new SarifWriter(new Redactor()).Render(SampleReports.Mixed()).Replace("\"name\": \"SchemaGate\",", "");
        await File.WriteAllTextAsync(dir.File("noname.sarif"), missingName);
        var problems = await ValidateAsync(dir.File("noname.sarif"), dir.File("validation.sarif"));
        Assert.Contains(problems, p => p.Contains("name", StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_describes_every_rule_and_every_finding()
    {
        var report = SampleReports.Mixed();
        using var doc = JsonDocument.Parse(new SarifWriter(new Redactor()).Render(report));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("SchemaGate", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(RuleCatalog.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var sg101 = rules.Single(r => r.GetProperty("id").GetString() == "SG101");
        Assert.Equal("error", sg101.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Contains("docs/rules/SG101.md", sg101.GetProperty("help").GetProperty("markdown").GetString());
        Assert.Equal("DuplicateMigrationVersion", sg101.GetProperty("name").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(report.Findings.Count, results.Length);
        foreach (var r in results)
        {
            var index = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
        }

        var located = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("migrations/0002_add_alerts.sql", located.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", located.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(3, located.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, located.GetProperty("region").GetProperty("startColumn").GetInt32());

        Assert.Equal("warning", results[1].GetProperty("level").GetString());
        Assert.Equal("note", results[2].GetProperty("level").GetString());
        var logical = results[2].GetProperty("locations")[0];
        Assert.False(logical.TryGetProperty("physicalLocation", out _));
        Assert.Equal("public.schemaversions", logical.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());

        var suppression = results[3].GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("fixed by hand on prod", suppression.GetProperty("justification").GetString());
        Assert.False(results[0].TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void A_finding_without_file_attaches_to_the_fallback_artifact_when_one_is_set()
    {
        var report = GateReport.From([MigrationFileRules.VersionGap.Report("gap") with { Object = "public.t" }], new GateContext());
        using var doc = JsonDocument.Parse(new SarifWriter(new Redactor(), new SarifOptions { FallbackArtifactUri = "migrations" }).Render(report));
        var location = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0];
        Assert.Equal("migrations", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Paths_become_relative_uri_references()
    {
        Assert.Equal("migrations/0001%20first%20one.sql", SarifWriter.RelativeUri("migrations\\0001 first one.sql"));
        Assert.Equal("a/b%23c.sql", SarifWriter.RelativeUri("/a/b#c.sql"));
    }
}
