using SchemaGate.Configuration;
using SchemaGate.Drift;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Source;
using SchemaGate.Baseline;

namespace SchemaGate.IntegrationTests.Configuration;

/// <summary>Baseline on real PostgreSQL: a database built by hand (no journal) plays production.</summary>
public sealed class BaselineTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static readonly (string Name, string Sql)[] Files =
    [
        ("0001_customers.sql", "create table customers (id bigint primary key, email text not null);\n"),
        ("0002_orders.sql", "create table orders (id bigint primary key, customer_id bigint not null references customers (id));\n"),
        ("0003_orders_total.sql", "alter table orders add column total numeric(12,2) not null default 0;\n"),
    ];

    private ProductionBaseline Baseline() => new(fixture.Server, new DriftOptions());

    /// <summary>Production built without SchemaGate: the given scripts run by hand, no journal.</summary>
    private async Task<SchemaGate.Connections.DatabaseUrl> HandBuiltAsync(string purpose, int scripts, string? extra = null)
    {
        var prod = await fixture.CreateDatabaseAsync(purpose);
        foreach (var (_, sql) in Files.Take(scripts)) await Db.ExecAsync(prod, sql);
        if (extra is not null) await Db.ExecAsync(prod, extra);
        return prod;
    }

    [Fact]
    public async Task A_matching_production_gets_the_journal_with_scripts_up_to_N_and_their_checksums()
    {
        using var files = new TempMigrations(Files);
        var set = await files.LoadAsync();
        var prod = await HandBuiltAsync("baseline-ok", 2);
        await Db.ExecAsync(prod, "insert into customers values (1, 'a@example.com')");

        var result = await Baseline().RunAsync(prod, set, 2, CancellationToken.None);

        Assert.True(result.Recorded);
        Assert.Empty(result.Differences);
        var journal = await Db.JournalAsync(prod);
        Assert.Equal(["0001_customers.sql", "0002_orders.sql"], journal.Select(j => j.Name));
        Assert.Equal(set.Scripts.Take(2).Select(s => s.Checksum), journal.Select(j => j.Checksum));
        Assert.Equal(1L, await Db.ScalarAsync<long>(prod, "select count(*) from customers")); // data untouched

        // Afterwards production is an ordinary deployed database: no drift, 0003 pending.
        var drift = await new DriftCheck(fixture.Server, new DriftOptions()).RunAsync(prod, set, CancellationToken.None);
        Assert.Empty(drift.Drift);
        Assert.Equal(1, drift.PendingScripts);
    }

    [Fact]
    public async Task A_production_that_differs_is_refused_listing_the_differences_and_nothing_is_written()
    {
        using var files = new TempMigrations(Files);
        var set = await files.LoadAsync();
        var prod = await HandBuiltAsync("baseline-diff", 2, "alter table customers add column nickname text; drop table orders");

        var result = await Baseline().RunAsync(prod, set, 2, CancellationToken.None);

        Assert.False(result.Recorded);
        var described = result.Differences.Select(DriftFindings.Describe).ToList();
        Assert.Contains(described, d => d.Contains("public.customers.nickname"));
        Assert.Contains(described, d => d.Contains("public.orders"));
        Assert.False(await Db.TableExistsAsync(prod, "public.schemaversions"));
    }

    [Fact]
    public async Task A_production_with_journal_rows_is_refused()
    {
        using var files = new TempMigrations(Files);
        var set = await files.LoadAsync();
        var prod = await fixture.CreateDatabaseAsync("baseline-journaled");
        var applied = await new SchemaGate.Migrations.Runner.MigrationRunner(new()).ApplyAsync(prod, set.Scripts.Take(1).ToList(), CancellationToken.None);
        Assert.True(applied.Succeeded);

        var ex = await Assert.ThrowsAsync<UsageException>(() => Baseline().RunAsync(prod, set, 1, CancellationToken.None));

        Assert.Contains("already has 1 row(s) in the journal", ex.Message);
        Assert.Single(await Db.JournalAsync(prod));
    }

    [Fact]
    public async Task A_version_that_is_no_file_is_a_usage_error()
    {
        using var files = new TempMigrations(Files);
        var set = await files.LoadAsync();
        var ex = Assert.Throws<UsageException>(() => ProductionBaseline.ScriptsUpTo(set, 7));
        Assert.Contains("versions run from 1 to 3", ex.Message);
        Assert.Equal(["0001_customers.sql", "0002_orders.sql", "0003_orders_total.sql"],
            ProductionBaseline.ScriptsUpTo(set, 3).Select(s => s.FileName));
    }
}
