using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.DbUp;

/// <summary>
/// Real DbUp behaves as <see cref="DbUpDifferences"/> says it does: name order as text, <c>$name$</c> as a variable,
/// no transaction per script by default. Each case runs DbUp on real PostgreSQL next to the detector's verdict.
/// </summary>
public sealed class DbUpBehaviourTests(PostgresServerFixture pg) : IClassFixture<PostgresServerFixture>
{
    private static UpgradeEngineBuilder Engine(Connections.DatabaseUrl db, string dir) =>
        DeployChanges.To.PostgresqlDatabase(db.ConnectionString).WithScriptsFromFileSystem(dir).LogToNowhere();

    [Fact]
    public async Task DbUp_runs_10_before_9_as_the_detector_says()
    {
        var db = await pg.CreateDatabaseAsync("dbup_order");
        using var repo = new TempMigrations(("9_x.sql", "create table x (id int);\n"), ("10_y.sql", "create table y (id int);\n"));

        var result = Engine(db, repo.Dir).Build().PerformUpgrade();

        Assert.True(result.Successful, result.Error?.ToString());
        Assert.Equal(["10_y.sql", "9_x.sql"], result.Scripts.Select(s => s.Name));
        Assert.Contains(DbUpDifferences.Find(await repo.LoadAsync()), d => d is { Kind: DbUpDifferenceKind.TextOrder, Script.FileName: "9_x.sql" });
    }

    [Fact]
    public async Task DbUp_reads_a_named_dollar_quote_as_a_variable_and_leaves_double_dollars_alone()
    {
        var db = await pg.CreateDatabaseAsync("dbup_vars");
        using var named = new TempMigrations(("0001_fn.sql", "create function f() returns int language sql as $body$ select 1 $body$;\n"));
        using var plain = new TempMigrations(("0001_fn.sql", "create function f() returns int language sql as $$ select 1 $$;\n"));

        var failed = Engine(db, named.Dir).Build().PerformUpgrade();
        var passed = Engine(db, plain.Dir).Build().PerformUpgrade();

        Assert.False(failed.Successful);
        Assert.Contains("Variable body has no value defined", failed.Error!.Message);
        Assert.True(passed.Successful, passed.Error?.ToString());
        Assert.Contains(DbUpDifferences.Find(await named.LoadAsync()), d => d.Kind == DbUpDifferenceKind.VariableSyntax && d.Message.Contains("Variable body has no value defined"));
        Assert.DoesNotContain(DbUpDifferences.Find(await plain.LoadAsync()), d => d.Kind == DbUpDifferenceKind.VariableSyntax);
    }

    [Fact]
    public async Task DbUp_by_default_leaves_the_statements_before_a_failure_applied()
    {
        var db = await pg.CreateDatabaseAsync("dbup_tx");
        using var repo = new TempMigrations(("0001_two.sql", "create table kept (id int);\ninsert into missing values (1);\n"));

        var result = Engine(db, repo.Dir).Build().PerformUpgrade();

        Assert.False(result.Successful);
        Assert.True(await Db.TableExistsAsync(db, "kept"), "without a transaction per script the first statement stays");
        Assert.Equal(0L, await Db.ScalarAsync<long>(db, "select count(*) from schemaversions"));
        Assert.Contains(DbUpDifferences.Find(await repo.LoadAsync()), d => d.Kind == DbUpDifferenceKind.NoTransactionPerScript);
    }
}
