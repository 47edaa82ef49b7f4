using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using SchemaGate.Connections;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.DbUp;

/// <summary>
/// DbUp (dbup-postgresql 7.0.1) and SchemaGate's runner share one journal, <c>public.schemaversions</c>, both ways, on
/// real PostgreSQL: a database per test on the run's server.
/// </summary>
public sealed class DbUpJournalInteropTests(PostgresServerFixture pg) : IClassFixture<PostgresServerFixture>
{
    private const string Namespace = "Shop.Database.Scripts.";

    private static readonly (string Name, string Sql)[] Files =
    [
        ("0001_create_customers.sql", "create table customers (id int primary key, name text not null);\n"),
        ("0002_add_email.sql", "alter table customers add column email text;\n"),
        ("0003_create_orders.sql", "create table orders (id int primary key, customer_id int not null references customers);\n"),
    ];

    private static UpgradeEngine DbUpEngine(DatabaseUrl db, Func<UpgradeEngineBuilder, UpgradeEngineBuilder> scripts) =>
        scripts(DeployChanges.To.PostgresqlDatabase(db.ConnectionString))
            .JournalToPostgresqlTable("public", "schemaversions")
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

    private static async Task<List<string>> ScriptNamesAsync(DatabaseUrl db)
    {
        await using var conn = new Npgsql.NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("select scriptname from schemaversions order by schemaversionsid", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        var names = new List<string>();
        while (await r.ReadAsync()) names.Add(r.GetString(0));
        return names;
    }

    private static SqlScript Embedded(string file, string sql) => new(Namespace + file, sql);

    [Fact]
    public async Task A_journal_dbup_wrote_with_embedded_names_is_adopted_and_only_the_new_script_is_applied()
    {
        var db = await pg.CreateDatabaseAsync("dbup_first");
        var dbup = DbUpEngine(db, b => b.WithScripts(Files.Take(2).Select(f => Embedded(f.Name, f.Sql))));
        var first = dbup.PerformUpgrade();
        Assert.True(first.Successful, first.Error?.ToString());
        Assert.Equal([Namespace + "0001_create_customers.sql", Namespace + "0002_add_email.sql"], await ScriptNamesAsync(db));

        using var repo = new TempMigrations(Files);
        var set = await repo.LoadAsync();
        var result = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(db, set.Scripts, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Describe());
        Assert.Equal(["0001_create_customers.sql", "0002_add_email.sql"], result.AlreadyApplied.Select(s => s.FileName));
        Assert.Equal(["0003_create_orders.sql"], result.Applied.Select(a => a.Script.FileName));
        var journal = await Db.JournalAsync(db);
        Assert.Equal([Namespace + "0001_create_customers.sql", Namespace + "0002_add_email.sql", "0003_create_orders.sql"], journal.Select(j => j.Name));
        Assert.Equal([null, null], journal.Take(2).Select(j => j.Checksum));
        Assert.Equal(set.Scripts[2].Checksum, journal[2].Checksum);
        Assert.True(await Db.TableExistsAsync(db, "orders"));

        // And DbUp, given the same embedded scripts plus the new one under its own name, still runs nothing twice.
        var again = DbUpEngine(db, b => b.WithScripts(Files.Take(2).Select(f => Embedded(f.Name, f.Sql))));
        Assert.Empty(again.GetScriptsToExecute());
    }

    [Fact]
    public async Task A_journal_schemagate_wrote_leaves_dbup_nothing_to_do()
    {
        var db = await pg.CreateDatabaseAsync("schemagate_first");
        using var repo = new TempMigrations(Files);
        var result = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(db, (await repo.LoadAsync()).Scripts, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());

        var dbup = DbUpEngine(db, b => b.WithScriptsFromFileSystem(repo.Dir));

        Assert.Equal(Files.Select(f => f.Name), dbup.GetDiscoveredScripts().Select(s => s.Name));
        Assert.Empty(dbup.GetScriptsToExecute());
        Assert.False(dbup.IsUpgradeRequired());
        var upgrade = dbup.PerformUpgrade();
        Assert.True(upgrade.Successful, upgrade.Error?.ToString());
        Assert.Empty(upgrade.Scripts);
        Assert.Equal(3, (await Db.JournalAsync(db)).Count);
    }
}
