using SchemaGate.Judgement;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Seeds;

namespace SchemaGate.IntegrationTests.Seeds;

/// <summary>PlanSeedsAsync (SeedProduction in DeployCheck): ephemeral load, read-only counts against production.</summary>
public sealed class SeedPlanTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    /// <summary>Production has 'low' equal to the seed, 'high' with another label, 'legacy' not in the seed.</summary>
    internal static Task LiveRowsAsync(SeedScenario s) => Db.ExecAsync(s.Production,
        "insert into severities values ('low', 'Low', 1), ('high', 'Severe', 4), ('legacy', 'Legacy', 2)");

    [Theory]
    [InlineData(SeedMode.Insert, 1, 0, 2, 0)]
    [InlineData(SeedMode.Upsert, 1, 1, 1, 0)]
    [InlineData(SeedMode.Mirror, 1, 1, 1, 1)]
    public async Task Plan_counts_inserts_updates_unchanged_and_deletes_per_mode_without_touching_production(
        SeedMode mode, int insert, int update, int unchanged, int delete)
    {
        using var s = await SeedScenario.CreateAsync(fixture);
        await LiveRowsAsync(s);
        var before = await s.ChecksumAsync();
        await using var gate = await s.MigratedGateAsync(mode);

        var plan = (await gate.SeedPlanAsync(CancellationToken.None)).Plan;

        Assert.True(plan.Planned);
        Assert.Equal(["public.severities", "public.alert_rules"], plan.Tables.Select(t => t.Table));
        var severities = plan.Tables[0];
        Assert.Equal((3, insert, update, unchanged, delete), (severities.Rows, severities.Insert, severities.Update, severities.Unchanged, severities.Delete));
        Assert.Equal(mode == SeedMode.Insert ? 1 : 0, severities.Differing);
        var rules = plan.Tables[1];
        Assert.Equal((2, 2, 0, 0, 0), (rules.Rows, rules.Insert, rules.Update, rules.Unchanged, rules.Delete));
        Assert.Equal(before, await s.ChecksumAsync());
        var summary = (await gate.SeedPlanAsync(CancellationToken.None)).Summary;
        Assert.Equal(plan.Planned, summary.Planned);
        Assert.Equal(insert, summary.Tables[0].Insert);
        Assert.Contains("public.severities (migrations/seeds/severities.csv): 3 row(s)", s.Output.ToString());

        var mirrorFindings = (await gate.ComposeAsync([])).Findings.Where(f => f.RuleId == SeedRules.MirrorDeletes.Id).ToList();
        if (mode == SeedMode.Mirror)
        {
            var finding = Assert.Single(mirrorFindings);
            Assert.True(Judge.IsBlocking(finding, strict: false));
            Assert.Equal("migrations/seeds/severities.csv", finding.File);
            Assert.Contains("deletes 1 row(s) of public.severities", finding.Message);
        }
        else Assert.Empty(mirrorFindings);
    }

    [Fact]
    public async Task Mirror_deletes_allowed_in_the_csv_are_reported_as_allowed_not_blocking()
    {
        using var s = await SeedScenario.CreateAsync(fixture,
            ("severities.csv", "# key: code\n# schemagate:allow-file SG503 reason=\"severities are owned by the seed\"\n" +
                               SeedScenario.SeverityCsv[(SeedScenario.SeverityCsv.IndexOf('\n') + 1)..]));
        await LiveRowsAsync(s);
        await using var gate = await s.MigratedGateAsync(SeedMode.Mirror);

        await gate.SeedPlanAsync(CancellationToken.None);

        var finding = Assert.Single((await gate.ComposeAsync([])).Findings, f => f.RuleId == SeedRules.MirrorDeletes.Id);
        Assert.False(Judge.IsBlocking(finding, strict: false));
        Assert.Equal("severities are owned by the seed", finding.Suppressed!.Reason);
        Assert.Equal(2, finding.Suppressed.Line);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_and_a_broken_foreign_key_are_findings_at_the_csv_line()
    {
        using var s = await SeedScenario.CreateAsync(fixture,
            ("severities.csv", "# key: code\ncode,label,rank\nlow,Low,1\n\"multi\nline\",\"Two\nlines\",2\nhigh,High,four\n" +
                               "critical,A label far too long for twelve,5\n"),
            ("alert_rules.csv", "# key: name\nname,severity,threshold\ndisk_full,low,95\nslow_queries,nope,1\n"));
        await using var gate = await s.MigratedGateAsync(diffAgainstProd: false);

        await gate.SeedPlanAsync(CancellationToken.None);

        var rejected = (await gate.ComposeAsync([])).Findings.Where(f => f.RuleId == SeedRules.RowRejected.Id).OrderBy(f => f.File).ThenBy(f => f.Line).ToList();
        Assert.Equal(3, rejected.Count);
        Assert.Equal(("migrations/seeds/alert_rules.csv", 4), (rejected[0].File, rejected[0].Line));
        Assert.Contains("foreign key", rejected[0].Message);
        Assert.Equal(("migrations/seeds/severities.csv", 7), (rejected[1].File, rejected[1].Line));
        Assert.Contains("invalid input syntax for type integer", rejected[1].Message);
        // varchar(12): the value is refused, never silently cut to twelve characters.
        Assert.Equal(("migrations/seeds/severities.csv", 8), (rejected[2].File, rejected[2].Line));
        Assert.Contains("value too long for type character varying(12)", rejected[2].Message);
        Assert.All(rejected, f => Assert.True(Judge.IsBlocking(f, strict: false)));
        // The ephemeral load is rolled back: the migrated database keeps only what the migrations made.
        Assert.Equal(0L, await Db.ScalarAsync<long>((await gate.EphemeralAsync(CancellationToken.None)).Database, "select count(*) from severities"));
    }

    [Fact]
    public async Task Unknown_table_or_column_is_bad_input_naming_file_and_line()
    {
        using var s = await SeedScenario.CreateAsync(fixture,
            ("severities.csv", "# key: code\n# shared with the app\ncode,label,colour\nlow,Low,green\n"),
            ("app.missing_table.csv", "# key: id\nid\n1\n"));
        await using var gate = await s.MigratedGateAsync(diffAgainstProd: false);

        var ex = await Assert.ThrowsAsync<UsageException>(() => gate.SeedPlanAsync(CancellationToken.None));

        Assert.Equal(ExitCodes.Usage, ex.ExitCode);
        Assert.Contains("migrations/seeds/severities.csv:3: column 'colour' does not exist in public.severities", ex.Message);
        Assert.Contains("migrations/seeds/app.missing_table.csv:1: table app.missing_table does not exist", ex.Message);
    }

    [Fact]
    public async Task Seeding_is_refused_while_drift_stands_and_production_stays_untouched()
    {
        using var s = await SeedScenario.CreateAsync(fixture);
        await LiveRowsAsync(s);
        await Db.ExecAsync(s.Production, "alter table severities add column colour text");
        var before = await s.ChecksumAsync();
        await using var gate = await s.MigratedGateAsync(SeedMode.Upsert);
        var drift = (await gate.DriftAsync(CancellationToken.None))!.Plan;
        Assert.NotEmpty(drift.Drift);

        var plan = (await gate.SeedPlanAsync(CancellationToken.None)).Plan;

        Assert.False(plan.Planned);
        Assert.Empty(plan.Tables);
        var refused = Assert.Single((await gate.ComposeAsync([])).Findings, f => f.RuleId == SeedRules.RefusedWhileDrift.Id);
        Assert.True(Judge.IsBlocking(refused, strict: false));

        var ex = await Assert.ThrowsAsync<GateRefusedException>(() => s.ApplySeedsAsync(SeedMode.Upsert, drift));
        Assert.Contains("SG502", ex.Message);
        Assert.Equal(before, await s.ChecksumAsync());
        Assert.Equal(3L, await Db.ScalarAsync<long>(s.Production, "select count(*) from severities"));
    }
}
