using SchemaGate.Reporting;
using SchemaGate.Connections;
using SchemaGate.Impact;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>What production holds, read-only, in the findings of the pending scripts.</summary>
public sealed class DataImpactTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static readonly (string, string) Alerts =
        ("0001_alerts.sql", "create table alerts (id bigint primary key, level int not null, payload text);\n");

    /// <summary>Production deployed with 0001 and holding rows; the other files are pending.</summary>
    private async Task<DatabaseUrl> ProductionAsync(TempMigrations repo, string rows)
    {
        var production = await fixture.CreateDatabaseAsync("prod");
        var set = await repo.LoadAsync();
        var result = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts.Where(s => s.FileName == "0001_alerts.sql").ToList(), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        await Db.ExecAsync(production, rows);
        return production;
    }

    [Fact]
    public async Task A_small_table_is_counted_exactly_and_a_dropped_columns_values_are_counted()
    {
        using var repo = new TempMigrations(Alerts,
            ("0002_drop.sql", "do $$ begin execute 'alter table alerts drop column payload'; end $$;\n"),
            ("0003_drop_table.sql", "drop table alerts;\n"));
        var production = await ProductionAsync(repo,
            "insert into alerts select g, g % 5, case when g <= 192 then 'p' end from generate_series(1, 1204) g;");

        var findings = await GateScenario.RunAsync(fixture, repo, production);

        var column = Assert.Single(findings.Of("SG202", "0002_drop.sql"));
        Assert.Contains("drops column public.alerts.payload: 192 rows hold a value (table: 1,204 rows,", FindingText.Describe(column), StringComparison.Ordinal);
        var table = Assert.Single(findings.Of("SG201", "0003_drop_table.sql"));
        Assert.Matches(@"drops table public\.alerts \(1,204 rows, \d+ kB\)", FindingText.Describe(table));
        // Production was only read.
        Assert.Equal(1204L, await Db.ScalarAsync<long>(production, "select count(*) from alerts"));
    }

    [Fact]
    public async Task A_large_table_after_ANALYZE_gives_the_catalog_estimate_without_counting()
    {
        using var repo = new TempMigrations(Alerts, ("0002_index.sql", "create index alerts_level_idx on alerts (level);\n"));
        var production = await ProductionAsync(repo,
            "insert into alerts select g, g % 5, 'p' from generate_series(1, 30000) g; analyze alerts;");

        var findings = await GateScenario.RunAsync(fixture, repo, production);

        var index = Assert.Single(findings.Of("SG301", "0002_index.sql"));
        Assert.Contains("In production: public.alerts holds about 30,000 rows", FindingText.Describe(index), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reader_counts_exactly_below_the_threshold_and_estimates_above_it()
    {
        var db = await fixture.CreateDatabaseAsync("impact");
        await Db.ExecAsync(db, "create table t (id int, note text); insert into t select g, case when g % 2 = 0 then 'x' end from generate_series(1, 500) g; analyze t;");
        var target = new ImpactTarget("public", "t", "note");

        var exact = Assert.Single(await new ImpactReader(new ImpactOptions()).ReadAsync(db, [target], CancellationToken.None));
        Assert.Equal(500, exact.ExactRows);
        Assert.Equal(250, exact.NonNullValues);

        var estimated = Assert.Single(await new ImpactReader(new ImpactOptions { ExactBelow = 100 }).ReadAsync(db, [target], CancellationToken.None));
        Assert.Null(estimated.ExactRows);
        Assert.Equal(500, estimated.EstimatedRows);
        Assert.Equal("about 500 rows", ImpactText.Rows(estimated));
    }
}
