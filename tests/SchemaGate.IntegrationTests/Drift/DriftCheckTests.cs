using SchemaGate.Judgement;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Drift;

public sealed class DriftCheckTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task Production_deployed_from_history_and_left_alone_has_no_drift_and_no_journal_errors()
    {
        using var s = await DriftScenario.CreateAsync(fixture, DriftScenario.History);

        var result = await s.CheckAsync();

        Assert.True(result.DriftChecked);
        Assert.Empty(result.Drift);
        Assert.Empty(result.Findings);
        Assert.Equal(3, result.ReplayedScripts);
        Assert.Equal(0, result.PendingScripts);
        Assert.False(result.NotYetDeployed);
        Assert.Equal(3, result.Journal.Count);
    }

    [Fact]
    public async Task Hand_changes_to_production_give_one_finding_each_naming_the_object_or_file()
    {
        using var s = await DriftScenario.CreateAsync(fixture, DriftScenario.History);
        var role = "sg_drift_" + Guid.NewGuid().ToString("N")[..10];
        await Db.ExecAsync(s.Production, $"""
            alter table accounts add column nickname text;
            drop index accounts_email_idx;
            create or replace function account_label(p_email text) returns text language sql immutable as $$ select upper(p_email) $$;
            create role {role};
            grant select on accounts to {role};
            insert into schemaversions (scriptname, applied, checksum) values ('0004_removed_feature.sql', now(), null);
            """);
        try
        {
            s.Files.Add("0003_account_label.sql", DriftScenario.History[2].Sql + "-- reviewed after deploy\n");

            var result = await s.CheckAsync();

            var byRule = result.Findings.GroupBy(f => f.RuleId).ToDictionary(g => g.Key, g => g.ToList());
            // The hand-inserted journal row has no checksum: that is its own notice (SG112), not drift.
            Assert.Equal(["SG112", "SG121", "SG122", "SG401", "SG402", "SG403"], byRule.Keys.Order());
            Assert.Equal(Severity.Notice, Assert.Single(byRule["SG112"]).Severity);

            var added = Assert.Single(byRule["SG401"]);
            Assert.Equal("public.accounts.nickname", added.Object);

            var missing = Assert.Single(byRule["SG402"]);
            Assert.Equal("public.accounts_email_idx", missing.Object);

            Assert.Equal(2, byRule["SG403"].Count);
            var function = Assert.Single(byRule["SG403"], f => f.Object!.StartsWith("public.account_label(", StringComparison.Ordinal));
            Assert.Contains("lower(p_email)", function.Message);
            Assert.Contains("upper(p_email)", function.Message);
            Assert.Contains("->", function.Message);
            var grant = Assert.Single(byRule["SG403"], f => f.Object == "public.accounts");
            Assert.Contains(role, grant.Message);

            var edited = Assert.Single(byRule["SG122"]);
            Assert.Equal("migrations/0003_account_label.sql", edited.File);
            Assert.Matches(@"^journal row \d+ '0003_account_label.sql'$", edited.Object);

            var gone = Assert.Single(byRule["SG121"]);
            Assert.Matches(@"^journal row \d+ '0004_removed_feature.sql'$", gone.Object);
            Assert.Null(gone.File);

            Assert.All(result.Findings.Where(f => f.RuleId != "SG112"), f => Assert.Equal(Severity.Error, f.Severity));
            Assert.Equal((1, 1, 2), (result.Summary.Added, result.Summary.Removed, result.Summary.Altered));
        }
        finally
        {
            await Db.ExecAsync(s.Production, $"drop owned by {role}; drop role {role};");
        }
    }

    [Fact]
    public async Task Empty_production_without_journal_is_not_yet_deployed_and_not_drift()
    {
        using var s = await DriftScenario.CreateAsync(fixture, [], DriftScenario.History);

        var result = await s.CheckAsync();

        Assert.True(result.NotYetDeployed);
        Assert.Empty(result.Drift);
        var notice = Assert.Single(result.Findings, f => f.RuleId != "SG120");
        Assert.Equal("SG405", notice.RuleId);
        Assert.Equal(Severity.Notice, notice.Severity);
        Assert.Equal(3, result.Findings.Count(f => f.RuleId == "SG120"));
        Assert.DoesNotContain(result.Findings, f => Judge.IsBlocking(f, strict: false));
        Assert.Equal(3, result.PendingEffects.Count);
    }

    [Fact]
    public async Task Empty_production_with_no_migration_files_gives_only_SG405()
    {
        using var s = await DriftScenario.CreateAsync(fixture, []);

        var result = await s.CheckAsync();

        Assert.Equal("SG405", Assert.Single(result.Findings).RuleId);
    }

    [Fact]
    public async Task Each_pending_script_is_applied_alone_and_its_changes_recorded()
    {
        using var s = await DriftScenario.CreateAsync(fixture, DriftScenario.History[..2],
            DriftScenario.History[2],
            ("0004_drop_email.sql", "alter table accounts drop column email;\n"));

        var result = await s.CheckAsync();

        Assert.Empty(result.Drift);
        Assert.Equal(["0003_account_label.sql", "0004_drop_email.sql"], result.PendingEffects.Select(e => e.Script.FileName));
        var function = Assert.Single(result.PendingEffects[0].Changes);
        Assert.Equal((ChangeKind.Added, ObjectKind.Function), (function.Kind, function.ObjectKind));
        Assert.Contains(result.PendingEffects[1].Changes, c => c is { Kind: ChangeKind.Removed, Identity: "public.accounts.email" });
        Assert.Equal(["SG120", "SG120"], result.Findings.Select(f => f.RuleId));
        // The pending scripts ran on the scratch database only: production still has the column.
        Assert.Equal(1L, await Db.ScalarAsync<long>(s.Production,
            "select count(*) from information_schema.columns where table_name = 'accounts' and column_name = 'email'"));
    }

    [Fact]
    public async Task A_different_major_would_be_warned_and_equal_majors_are_not()
    {
        using var s = await DriftScenario.CreateAsync(fixture, DriftScenario.History);

        var result = await s.CheckAsync();

        Assert.Equal(fixture.Server.ServerMajor, result.ProductionMajor);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "SG404");
        Assert.Equal(DriftRules.MajorVersionMismatch, RuleCatalog.Find("SG404"));
    }
}
