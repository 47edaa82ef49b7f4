using SchemaGate.Connections;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Judgement;
using SchemaGate.Migrations.Runner;
using SchemaGate.Reporting;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>
/// What only production's rows decide, and names only PostgreSQL's truncation makes equal: ADD COLUMN ... NOT NULL without
/// a default passes on the empty ephemeral table and fails on a table with rows, so with a production URL and rows it
/// blocks (SG321 raised to an error, with the row count); a long table name's static and traced findings are one.
/// </summary>
public sealed class ProductionRowsTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string Alerts = "create table alerts (id bigint primary key, level int);\n";
    private const string AddOwner = "set lock_timeout = '5s';\nalter table alerts add column owner text not null;\n";

    private async Task<DatabaseUrl> ProductionAsync(TempMigrations repo, string rows)
    {
        var production = await fixture.CreateDatabaseAsync("prod");
        var set = await repo.LoadAsync();
        var result = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts.Where(s => s.FileName.StartsWith("0001", StringComparison.Ordinal)).ToList(), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        if (rows.Length > 0) await Db.ExecAsync(production, rows);
        return production;
    }

    [Fact]
    public async Task A_not_null_column_without_default_blocks_when_production_holds_rows_and_says_how_many()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_owner.sql", AddOwner));
        var production = await ProductionAsync(repo, "insert into alerts select g, g % 5 from generate_series(1, 1204) g;");

        var findings = await GateScenario.RunAsync(fixture, repo, production);

        var owner = Assert.Single(findings.Of("SG321", "0002_owner.sql"));
        Assert.Equal(Findings.Severity.Error, owner.Severity);
        Assert.True(Judge.IsBlocking(owner, strict: false));
        Assert.Contains("In production: public.alerts holds 1,204 rows", FindingText.Describe(owner), StringComparison.Ordinal);
        Assert.Contains("the statement fails there", FindingText.Describe(owner), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_column_on_an_empty_production_table_stays_a_warning()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_owner.sql", AddOwner));
        var production = await ProductionAsync(repo, "");

        var findings = await GateScenario.RunAsync(fixture, repo, production);

        var owner = Assert.Single(findings.Of("SG321", "0002_owner.sql"));
        Assert.Equal(Findings.Severity.Warning, owner.Severity);
        Assert.False(Judge.IsBlocking(owner, strict: false));
        Assert.True(Judge.IsBlocking(owner, strict: true));
    }

    [Fact]
    public async Task Without_a_production_url_it_is_a_warning_found_statically()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_owner.sql", AddOwner));

        var findings = await GateScenario.RunAsync(fixture, repo);

        var owner = Assert.Single(findings.Of("SG321", "0002_owner.sql"));
        Assert.Equal(Findings.Severity.Warning, owner.Severity);
        Assert.Null(owner.Evidence.Impact);
    }

    [Fact]
    public async Task A_table_whose_name_PostgreSQL_truncates_has_one_drop_finding_from_both_analyses()
    {
        const string Long = "customer_subscription_billing_cycle_adjustments_for_enterprise_plans";
        using var repo = new TempMigrations(("0001_long.sql", $"create table {Long} (id bigint);\n"),
            ("0002_drop.sql", $"set lock_timeout = '5s';\ndrop table {Long};\n"));
        var production = await ProductionAsync(repo, $"insert into {Long} values (1), (2);");

        var findings = await GateScenario.RunAsync(fixture, repo, production);

        var drop = Assert.Single(findings.Of("SG201", "0002_drop.sql"));
        Assert.Equal("public." + Long[..63], drop.Object);
        Assert.Contains(drop.Evidence.Trace, f => f.Kind == Findings.TraceFactKind.Removed);
        Assert.Contains("In production: drops table", FindingText.Describe(drop), StringComparison.Ordinal);
        Assert.Single(findings.Of("SG324", "0002_drop.sql"));
    }
}
