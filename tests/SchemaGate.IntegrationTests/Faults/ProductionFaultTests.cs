using System.Text.Json;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Processes;

namespace SchemaGate.IntegrationTests.Faults;

/// <summary>
/// Faults during a real Deploy (the build host as a process): the migrating session terminated, production's server
/// stopped, Ctrl+C. After each, the exit code is right, the console and every report say the cause in words and which
/// scripts production has (read back from its journal, or the query to run when it cannot be read), the verdict is
/// never a pass, and production is consistent: its journal lists exactly the scripts whose objects it holds.
/// </summary>
public sealed class ProductionFaultTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string First = "0001_accounts.sql";
    private const string Slow = "0002_slow_orders.sql";

    /// <summary>0001 is deployed already; 0002 (pending) sleeps in production only, then creates a table; 0003 follows.</summary>
    private static async Task<(BuildProcess Build, DatabaseUrl Production)> DeployedAsync(DatabaseUrl production)
    {
        var build = new BuildProcess(
            (First, "create table accounts (id bigint primary key);\n"),
            (Slow, $"do $$ begin if current_database() = '{production.Database}' then perform pg_sleep(60); end if; end $$;\ncreate table orders (id bigint primary key);\n"),
            ("0003_invoices.sql", "create table invoices (id bigint primary key);\n"));
        var set = await MigrationSource.LoadAsync(Path.Combine(build.Root, "migrations"), build.Root, CancellationToken.None);
        Assert.True((await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts.Take(1).ToList(), CancellationToken.None)).Succeeded);
        return (build, production);
    }

    /// <summary>The journal lists exactly the scripts whose tables production has.</summary>
    private static async Task AssertConsistentAsync(DatabaseUrl production, params string[] applied)
    {
        Assert.Equal(applied, (await Db.JournalAsync(production)).Select(r => r.Name));
        Assert.Equal(applied.Contains(Slow), await Db.TableExistsAsync(production, "orders"));
        Assert.False(await Db.TableExistsAsync(production, "invoices"));
    }

    private static void AssertReportsSay(FaultRun run, string cause, string? has)
    {
        var report = run.Report;
        Assert.Equal("fail", report.GetProperty("verdict").GetString());
        var deploy = report.GetProperty("context").GetProperty("deploy");
        var migrate = deploy.GetProperty("migrate");
        Assert.Equal("interrupted", migrate.GetProperty("status").GetString());
        var fault = deploy.GetProperty("fault");
        Assert.Equal("MigrateProduction", fault.GetProperty("target").GetString());
        Assert.Contains(cause, fault.GetProperty("cause").GetString());
        var md = run.Markdown;
        Assert.Contains("**REFUSED**", md);
        Assert.Contains("Production step stopped:", md);
        Assert.Contains(cause, md);
        Assert.Contains(cause, run.Output);
        if (has is null)
        {
            Assert.Equal(JsonValueKind.Null, fault.GetProperty("productionHas").ValueKind);
            Assert.Contains("SELECT scriptname, applied FROM", fault.GetProperty("query").GetString());
            Assert.Contains("check the journal with SELECT scriptname", md);
            Assert.Contains("check the journal with SELECT scriptname", run.Output);
        }
        else
        {
            Assert.Equal([has], fault.GetProperty("productionHas").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains($"records {has}", md);
            Assert.Contains($"records {has}", run.Output);
        }
        // The SARIF file was rewritten too: it names the run as failed.
        Assert.Contains("MigrateProduction", run.Sarif + run.Markdown);
    }

    [Fact]
    public async Task A_migrating_session_terminated_mid_script_says_so_and_what_production_has()
    {
        var (build, production) = await DeployedAsync(await fixture.CreateDatabaseAsync("fault-term"));
        using var _ = build;
        using var run = new FaultRun(build, "Deploy", "--prod-url", production.ConnectionString);

        var pid = await FaultRun.WaitForStatementAsync(production, "pg_sleep");
        await Db.ExecAsync(production, $"select pg_terminate_backend({pid})");
        var code = await run.ExitAsync();

        Assert.True(code == 3, run.Output);
        Assert.Contains("MigrateProduction failed:", run.Output);
        AssertReportsSay(run, "the server ended the session", First);
        await AssertConsistentAsync(production, First);
    }

    [Fact]
    public async Task Ctrl_C_mid_script_rolls_the_script_back_exits_3_and_the_reports_say_cancelled()
    {
        var (build, production) = await DeployedAsync(await fixture.CreateDatabaseAsync("fault-ctrlc"));
        using var _ = build;
        using var run = new FaultRun(build, "Deploy", "--prod-url", production.ConnectionString);

        await FaultRun.WaitForStatementAsync(production, "pg_sleep");
        Assert.True(Posix.Signal(run.Process.Id, Posix.SigInt));
        var code = await run.ExitAsync();

        Assert.True(code == 3, run.Output);
        AssertReportsSay(run, "cancelled by the user", First);
        await AssertConsistentAsync(production, First);
    }

    [Fact]
    public async Task Production_stopped_mid_script_says_the_journal_cannot_be_read_and_gives_the_query_then_production_is_consistent()
    {
        await using var server = await LocalPostgresServer.StartAsync(TestEnvironment.Options(), CancellationToken.None);
        var (build, production) = await DeployedAsync(await server.CreateDatabaseAsync("app", CancellationToken.None));
        using var _ = build;
        using var run = new FaultRun(build, "Deploy", "--prod-url", production.ConnectionString, "--connect-timeout", "3s");

        await FaultRun.WaitForStatementAsync(production, "pg_sleep");
        await server.StopAsync(TimeSpan.FromSeconds(10));
        var code = await run.ExitAsync();

        Assert.True(code == 3, run.Output);
        AssertReportsSay(run, "connection", has: null);
        await server.RestartAsync(CancellationToken.None);
        Npgsql.NpgsqlConnection.ClearAllPools(); // the test's own pooled connections died with the server
        await AssertConsistentAsync(production, First);
    }
}
