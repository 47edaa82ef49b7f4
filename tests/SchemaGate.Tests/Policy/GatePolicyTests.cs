using SchemaGate.Rules.DataLoss;
using SchemaGate.Rules.Locking;
using SchemaGate.Judgement;
using System.Text.Json;
using SchemaGate.Catalog;
using SchemaGate.Findings;
using SchemaGate.GitHub;
using SchemaGate.Policy;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Tests.Reporting;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tests.Policy;

public sealed class GatePolicyTests
{
    private static readonly Finding Index = CreateIndexRule.Definition.Report("CREATE INDEX on public.alerts blocks writes", "migrations/0003_idx.sql", 4, 1);
    private static readonly Finding Drop = DropTableRule.Definition.Report("drops table public.alerts", "migrations/0004_drop.sql", 2, 1);
    private static readonly Finding Gap = MigrationFileRules.VersionGap.Report("Versions jump from 4 to 6");

    private static GatePolicy Policy(string json) => PolicyReader.Parse(json, "schemagate.policy.json");

    [Fact]
    public void Overrides_set_the_effective_severity_and_record_what_they_changed()
    {
        var policy = Policy("""
            {
              "rules": {
                "SG301": "error",
                "SG201": "warning",
                "SG104": "notice"
              }
            }
            """);

        var applied = policy.Apply([Index, Drop, Gap]);

        Assert.Equal(Severity.Error, applied[0].Severity);
        Assert.Equal(new PolicyChange(Severity.Warning, Severity.Error, "schemagate.policy.json", 3), applied[0].Policy);
        Assert.Equal(Severity.Warning, applied[1].Severity);
        Assert.Equal(new PolicyChange(Severity.Error, Severity.Warning, "schemagate.policy.json", 4), applied[1].Policy);
        // SG104 is a notice already: nothing changed, nothing to say.
        Assert.Same(Gap, applied[2]);
        Assert.Equal(Verdict.Fail, Judge.Decide(applied, strict: false));
        Assert.Equal(Verdict.Pass, Judge.Decide(policy.Apply([Drop, Gap]), strict: false));
    }

    [Fact]
    public void Off_keeps_the_finding_as_suppressed_by_the_policy_and_never_blocks()
    {
        var policy = Policy("{\n  \"rules\": {\n    \"SG201\": \"off\"\n  }\n}");
        var applied = Assert.Single(policy.Apply([Drop]));

        Assert.Equal(Severity.Error, applied.Severity);
        Assert.Equal(SuppressionKind.Policy, applied.Suppressed!.Kind);
        Assert.Equal("schemagate.policy.json", applied.Suppressed.File);
        Assert.Equal(3, applied.Suppressed.Line);
        Assert.Contains("SG201 is off", applied.Suppressed.Reason);
        Assert.False(Judge.IsBlocking(applied, strict: true));

        // An allow directive's own reason is kept.
        var allowed = Drop with { Suppressed = new Suppression(SuppressionKind.Allow, "moved to archive", "migrations/0004_drop.sql", 1) };
        Assert.Equal(SuppressionKind.Allow, policy.Apply(allowed).Suppressed!.Kind);
    }

    [Fact]
    public void Without_a_policy_the_defaults_hold_data_loss_blocks_locking_warns()
    {
        var applied = GatePolicy.Default.Apply([Index, Drop]);
        Assert.Equal([Index, Drop], applied);
        Assert.False(Judge.IsBlocking(applied[0], strict: false));
        Assert.True(Judge.IsBlocking(applied[0], strict: true));
        Assert.True(Judge.IsBlocking(applied[1], strict: false));
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(null, true, true)]
    [InlineData(false, true, false)]
    [InlineData(true, false, true)]
    [InlineData(true, null, true)]
    public void The_command_line_strict_wins_over_the_file(bool? commandLine, bool? file, bool expected)
    {
        Assert.Equal(expected, (GatePolicy.Default with { Strict = file }).StrictFor(commandLine));
    }

    [Fact]
    public void Drift_lists_feed_the_snapshot_filter_and_the_command_line_adds_to_them()
    {
        var policy = Policy("""
            {
              "drift": {
                "excludeSchemas": ["auth", "storage"],
                "ignoreObjects": ["public.legacy_*", "function:public.pg_stat_*"]
              }
            }
            """);
        var filter = policy.Drift.Filter([], ["realtime", "auth"]);

        Assert.Equal(["auth", "storage", "realtime"], filter.ExcludeSchemas);
        Assert.False(filter.Keeps(Object(ObjectKind.Table, "auth.users", "auth")));
        Assert.False(filter.Keeps(Object(ObjectKind.Table, "realtime.messages", "realtime")));
        Assert.True(filter.Keeps(Object(ObjectKind.Table, "public.orders", "public")));
        Assert.False(filter.Keeps(Object(ObjectKind.Table, "public.legacy_orders", "public")));
        Assert.False(filter.Keeps(Object(ObjectKind.Column, "public.legacy_orders.id", "public", "public.legacy_orders")));
        Assert.False(filter.Keeps(Object(ObjectKind.Function, "public.pg_stat_statements(boolean)", "public")));
        // The kind prefix limits the pattern to functions: a table of that name is still compared.
        Assert.True(filter.Keeps(Object(ObjectKind.Table, "public.pg_stat_archive", "public")));

        var include = Policy("{\"drift\": {\"includeSchemas\": [\"app\"]}}").Drift.Filter(["public"], []);
        Assert.Equal(["app", "public"], include.IncludeSchemas);
        Assert.False(include.Keeps(Object(ObjectKind.Table, "billing.invoices", "billing")));
    }

    [Fact]
    public async Task Report_json_markdown_sarif_annotations_and_verdict_agree_on_the_effective_severity()
    {
        var policy = Policy("{\n  \"rules\": {\n    \"SG301\": \"error\",\n    \"SG201\": \"off\"\n  }\n}");
        var report = GateReport.From(policy.Apply([Index, Drop]), SampleReports.Context() with { PolicyFile = policy.Source });
        Assert.Equal(Verdict.Fail, report.Verdict);
        Assert.Equal("SG301", Assert.Single(report.Blocking).RuleId);

        using var dir = new TempDirectory();
        var paths = await new ReportFiles(new Redactor()).WriteAsync(report, dir.Path, CancellationToken.None);
        await ExternalTools.AssertValidJsonAsync(Path.Combine(ExternalTools.RepoRoot, "docs", "schemas", "report.schema.json"), paths.Paths.Json);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(paths.Paths.Json));
        Assert.Equal("schemagate.policy.json", json.RootElement.GetProperty("policyFile").GetString());
        var findings = json.RootElement.GetProperty("findings");
        Assert.Equal("error", findings[0].GetProperty("severity").GetString());
        Assert.True(findings[0].GetProperty("blocks").GetBoolean());
        Assert.Equal("warning", findings[0].GetProperty("policy").GetProperty("from").GetString());
        Assert.Equal("error", findings[0].GetProperty("policy").GetProperty("to").GetString());
        Assert.Equal(3, findings[0].GetProperty("policy").GetProperty("line").GetInt32());
        Assert.Equal("policy", findings[1].GetProperty("suppressed").GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, findings[1].GetProperty("policy").ValueKind);
        Assert.False(findings[1].GetProperty("blocks").GetBoolean());

        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(paths.Paths.Sarif));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal("error", results[0].GetProperty("level").GetString());
        Assert.Equal("external", results[1].GetProperty("suppressions")[0].GetProperty("kind").GetString());

        var markdown = await File.ReadAllTextAsync(paths.Paths.Markdown);
        Assert.Contains("(raised from warning to error by schemagate.policy.json:3)", markdown);
        Assert.Contains("policy at schemagate.policy.json:4", markdown);

        var log = new StringWriter();
        var commands = new WorkflowCommands(log, new Redactor());
        foreach (var f in report.Findings.Where(f => f.Suppressed is null)) commands.Annotate(f, Judge.IsBlocking(f, report.Context.Strict));
        Assert.StartsWith("::error file=migrations/0003_idx.sql,line=4", log.ToString());
        Assert.DoesNotContain("SG201", log.ToString());
    }

    private static SchemaObject Object(ObjectKind kind, string identity, string schema, string? parent = null) =>
        new(kind, identity, schema, parent, AttributeMap.Empty);
}
