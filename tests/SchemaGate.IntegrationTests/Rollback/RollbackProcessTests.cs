using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.IntegrationTests.Rollback;

/// <summary><c>./build.sh Rollback --to N --prod-url ...</c> as a process: exit codes, output, and what production holds afterwards.</summary>
public sealed class RollbackProcessTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static readonly (string, string)[] Files =
    [
        ("0001_accounts.sql", "create table accounts (id int primary key);"),
        ("0001_accounts.down.sql", "drop table accounts;"),
        ("0002_orders.sql", "create table orders (id int primary key, account_id int references accounts (id));"),
        ("0002_orders.down.sql", "drop table orders;"),
    ];

    [Fact]
    public async Task Rollback_rehearses_then_rolls_back_exits_0_and_refuses_an_unknown_version_with_exit_1()
    {
        var production = await fixture.CreateDatabaseAsync("rollback-e2e");
        using var build = new BuildProcess(Files);
        var set = await SchemaGate.Migrations.Source.MigrationSource.LoadAsync(Path.Combine(build.Root, "migrations"), build.Root, CancellationToken.None);
        Assert.True((await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts, CancellationToken.None)).Succeeded);

        var (refusedCode, refusedOutput) = await build.RunAsync("Rollback", "--to", "5", "--prod-url", production.ConnectionString);
        Assert.True(refusedCode == 1, refusedOutput);
        Assert.True(refusedOutput.Contains("--to 5 is above the newest applied version 2", StringComparison.Ordinal), refusedOutput);
        Assert.Equal(2, (await Db.JournalAsync(production)).Count);

        var (code, output) = await build.RunAsync("Rollback", "--to", "1", "--prod-url", production.ConnectionString);
        Assert.True(code == 0, output);
        Assert.Contains("rehearsed on the ephemeral server", output);
        Assert.Contains("rolled back migrations/0002_orders.sql with migrations/0002_orders.down.sql", output);
        Assert.Equal(["0001_accounts.sql"], (await Db.JournalAsync(production)).Select(r => r.Name));
        Assert.False(await Db.TableExistsAsync(production, "orders"));
        if (!string.IsNullOrEmpty(production.Password)) Assert.DoesNotContain(production.Password, output + refusedOutput);
        Assert.Empty(build.LeftoverInstances());
    }
}
