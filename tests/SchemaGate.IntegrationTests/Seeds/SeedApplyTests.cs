using System.Diagnostics;
using System.Text;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Seeds;
using Xunit.Abstractions;

namespace SchemaGate.IntegrationTests.Seeds;

/// <summary>ApplySeedsAsync (SeedProduction in Deploy): one transaction, set-based, foreign-key order, idempotent.</summary>
public sealed class SeedApplyTests(PostgresServerFixture fixture, ITestOutputHelper log) : IClassFixture<PostgresServerFixture>
{
    private static Task<SeedApplyResult> ApplyAsync(SeedScenario s, SeedMode mode) => s.ApplySeedsAsync(mode);

    private static Task<string?> SeveritiesAsync(SeedScenario s) => Db.ScalarAsync<string>(s.Production,
        "select string_agg(code || '=' || label || '/' || rank, ' ' order by code) from severities");

    [Fact]
    public async Task Insert_mode_adds_missing_rows_in_foreign_key_order_and_a_second_apply_changes_nothing()
    {
        using var s = await SeedScenario.CreateAsync(fixture);
        await SeedPlanTests.LiveRowsAsync(s);

        var first = await ApplyAsync(s, SeedMode.Insert);

        // alert_rules.csv sorts first but references severities: parents first, or 'critical' would not exist yet.
        Assert.Equal(["public.severities", "public.alert_rules"], first.Tables.Select(t => t.Table));
        Assert.Equal((1, 0, 0), (first.Tables[0].Insert, first.Tables[0].Update, first.Tables[0].Delete));
        Assert.Equal(2, first.Tables[1].Insert);
        Assert.Equal("critical=Critical/5 high=Severe/4 legacy=Legacy/2 low=Low/1", await SeveritiesAsync(s));
        Assert.Equal("disk_full:critical:95.00 slow_queries:high:50.00", await Db.ScalarAsync<string>(s.Production,
            "select string_agg(name || ':' || severity || ':' || threshold, ' ' order by name) from alert_rules"));

        var before = await s.ChecksumAsync();
        var second = await ApplyAsync(s, SeedMode.Insert);
        Assert.Equal((0, 0, 0), (second.Inserted, second.Updated, second.Deleted));
        Assert.Equal(before, await s.ChecksumAsync());
    }

    [Fact]
    public async Task Upsert_mode_updates_differing_rows_only_and_a_second_apply_reports_zero()
    {
        using var s = await SeedScenario.CreateAsync(fixture);
        await SeedPlanTests.LiveRowsAsync(s);
        await Db.ExecAsync(s.Production, "insert into alert_rules (name, severity, threshold) values ('slow_queries', 'low', 7)");

        var first = await ApplyAsync(s, SeedMode.Upsert);

        Assert.Equal((1, 1, 1, 0), (first.Tables[0].Insert, first.Tables[0].Update, first.Tables[0].Unchanged, first.Tables[0].Delete));
        Assert.Equal((1, 1), (first.Tables[1].Insert, first.Tables[1].Update));
        Assert.Equal("critical=Critical/5 high=High/4 legacy=Legacy/2 low=Low/1", await SeveritiesAsync(s));
        Assert.Equal("high/50.00", await Db.ScalarAsync<string>(s.Production, "select severity || '/' || threshold from alert_rules where name = 'slow_queries'"));

        var second = await ApplyAsync(s, SeedMode.Upsert);
        Assert.Equal((0, 0), (second.Inserted, second.Updated));
        Assert.Equal(5, second.Tables.Sum(t => t.Unchanged));
    }

    [Fact]
    public async Task Mirror_mode_without_an_allow_is_refused_and_changes_nothing()
    {
        using var s = await SeedScenario.CreateAsync(fixture);
        await SeedPlanTests.LiveRowsAsync(s);
        var before = await s.ChecksumAsync();

        var ex = await Assert.ThrowsAsync<GateRefusedException>(() => ApplyAsync(s, SeedMode.Mirror));

        Assert.Contains("delete 1 row(s) of public.severities", ex.Message);
        Assert.Contains("SG503", ex.Message);
        Assert.Equal(before, await s.ChecksumAsync());
    }

    [Fact]
    public async Task Mirror_mode_with_an_allow_deletes_rows_not_in_the_seed_and_a_second_apply_changes_nothing()
    {
        using var s = await SeedScenario.CreateAsync(fixture,
            ("severities.csv", "# key: code\n# schemagate:allow-file SG503 reason=\"the seed owns severities\"\ncode,label,rank\nlow,Low,1\nhigh,High,4\ncritical,Critical,5"));
        await SeedPlanTests.LiveRowsAsync(s);

        var first = await ApplyAsync(s, SeedMode.Mirror);

        Assert.Equal((1, 1, 1, 1), (first.Tables[0].Insert, first.Tables[0].Update, first.Tables[0].Unchanged, first.Tables[0].Delete));
        Assert.Equal("critical=Critical/5 high=High/4 low=Low/1", await SeveritiesAsync(s));
        var second = await ApplyAsync(s, SeedMode.Mirror);
        Assert.Equal((0, 0, 0), (second.Inserted, second.Updated, second.Deleted));
    }

    [Fact]
    public async Task A_failing_table_rolls_back_every_table_of_the_apply()
    {
        using var s = await SeedScenario.CreateAsync(fixture,
            ("severities.csv", SeedScenario.SeverityCsv),
            ("alert_rules.csv", "# key: name\nname,severity,threshold\ndisk_full,critical,95\nslow_queries,unknown,1"));
        var before = await s.ChecksumAsync();

        var ex = await Assert.ThrowsAsync<GateRefusedException>(() => ApplyAsync(s, SeedMode.Insert));

        Assert.Contains("public.alert_rules", ex.Message);
        Assert.Contains("nothing changed", ex.Message);
        Assert.Equal(before, await s.ChecksumAsync());
        Assert.Equal(0L, await Db.ScalarAsync<long>(s.Production, "select count(*) from severities"));
    }

    [Fact]
    public async Task Ten_thousand_seed_rows_apply_in_one_transaction_and_reapply_as_no_ops()
    {
        using var s = await SeedScenario.CreateAsync(fixture);
        var csv = new StringBuilder("# key: name\nname,severity,threshold\n");
        for (var i = 0; i < 10_000; i++) csv.Append("rule_").Append(i).Append(i % 2 == 0 ? ",low," : ",high,").Append(i % 100).Append('\n');
        s.Seed("alert_rules.csv", csv.ToString());

        var sw = Stopwatch.StartNew();
        var first = await ApplyAsync(s, SeedMode.Upsert);
        var firstTime = sw.Elapsed;
        sw.Restart();
        var second = await ApplyAsync(s, SeedMode.Upsert);
        var secondTime = sw.Elapsed;
        log.WriteLine($"seed apply, 10,003 rows (upsert): first {firstTime.TotalMilliseconds:0} ms (engine {first.Duration.TotalMilliseconds:0} ms), " +
                      $"second (no-op) {secondTime.TotalMilliseconds:0} ms (engine {second.Duration.TotalMilliseconds:0} ms)");

        Assert.Equal(10_003, first.Inserted);
        Assert.Equal((0, 0), (second.Inserted, second.Updated));
        Assert.Equal(10_000L, await Db.ScalarAsync<long>(s.Production, "select count(*) from alert_rules"));
        Assert.True(firstTime < TimeSpan.FromSeconds(30), $"10,000 rows took {firstTime}");
    }
}
