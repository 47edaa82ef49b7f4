using System.Text.Json;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.IntegrationTests.Production;

/// <summary>The deploy targets in order, in-process, against a fixture database that plays production.</summary>
public sealed class DeployFlowTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static readonly (string Name, string Sql)[] Sample =
    [
        ("0001_accounts.sql", "create table accounts (id bigint generated always as identity primary key, email text not null);\n"),
        ("0002_orders.sql", "create table orders (id bigint primary key, account_id bigint not null references accounts (id));\n"),
    ];

    private static JsonElement Deploy(DeployScenario s) =>
        JsonDocument.Parse(File.ReadAllText(s.ReportJson)).RootElement.GetProperty("context").GetProperty("deploy");

    [Fact]
    public async Task A_first_deploy_on_an_empty_database_creates_the_tables_and_the_journal_and_reports_the_backup()
    {
        using var s = await DeployScenario.CreateAsync(fixture, Sample);

        await s.DeployAsync();

        Assert.True(await Db.TableExistsAsync(s.Production, "public.accounts"));
        Assert.True(await Db.TableExistsAsync(s.Production, "public.orders"));
        Assert.Equal(["0001_accounts.sql", "0002_orders.sql"], (await Db.JournalAsync(s.Production)).Select(r => r.Name));
        var deploy = Deploy(s);
        var backup = deploy.GetProperty("backup");
        Assert.True(backup.GetProperty("verified").GetBoolean());
        Assert.True(File.Exists(Path.Combine(s.BackupDir, backup.GetProperty("file").GetString()!)));
        Assert.True(backup.GetProperty("sizeBytes").GetInt64() > 0);
        Assert.Equal("applied", deploy.GetProperty("migrate").GetProperty("status").GetString());
        Assert.Equal(["migrations/0001_accounts.sql", "migrations/0002_orders.sql"],
            deploy.GetProperty("migrate").GetProperty("applied").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("matches", deploy.GetProperty("verify").GetProperty("status").GetString());
        Assert.Contains("owners and privileges were not compared", s.Output.ToString());
    }

    [Fact]
    public async Task A_repeat_deploy_changes_nothing_in_production()
    {
        using var s = await DeployScenario.CreateAsync(fixture, Sample);
        await s.DeployAsync();
        var journal = await s.JournalRowsAsync();
        var snapshot = await s.SnapshotBytesAsync();

        await s.DeployAsync();

        Assert.Equal(journal, await s.JournalRowsAsync());
        Assert.Equal(snapshot, await s.SnapshotBytesAsync());
        var deploy = Deploy(s);
        Assert.Empty(deploy.GetProperty("migrate").GetProperty("applied").EnumerateArray());
        Assert.Equal("matches", deploy.GetProperty("verify").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_deploy_refused_by_drift_leaves_production_byte_identical_and_writes_no_backup()
    {
        using var s = await DeployScenario.CreateAsync(fixture, Sample);
        await s.ApplyDirectlyAsync();
        await Db.ExecAsync(s.Production, "alter table accounts add column nickname text");
        s.Files.Add("0003_invoices.sql", "create table invoices (id bigint primary key);\n");
        var journal = await s.JournalRowsAsync();
        var snapshot = await s.SnapshotBytesAsync();

        await using var gate = s.NewGate();
        await Assert.ThrowsAsync<GateRefusedException>(() => s.RunGateAsync(gate));
        // Even when called anyway (as with --skip), the writing targets refuse after a refused gate.
        await Assert.ThrowsAsync<GateRefusedException>(() => gate.BackupProductionAsync(CancellationToken.None));
        await Assert.ThrowsAsync<GateRefusedException>(() => gate.MigrateProductionAsync(CancellationToken.None));

        Assert.Equal(journal, await s.JournalRowsAsync());
        Assert.Equal(snapshot, await s.SnapshotBytesAsync());
        Assert.False(await Db.TableExistsAsync(s.Production, "public.invoices"));
        Assert.False(Directory.Exists(s.BackupDir) && Directory.EnumerateFiles(s.BackupDir).Any());
    }

    [Fact]
    public async Task A_script_failing_in_production_keeps_the_earlier_ones_leaves_nothing_of_itself_and_the_report_says_which()
    {
        // 0003 passes on the empty ephemeral database but fails on production's data (duplicate emails).
        using var s = await DeployScenario.CreateAsync(fixture, Sample[0]);
        await s.ApplyDirectlyAsync();
        await Db.ExecAsync(s.Production, "insert into accounts (email) values ('a@example.com'), ('a@example.com')");
        s.Files.Add("0002_orders.sql", Sample[1].Sql);
        s.Files.Add("0003_unique_email.sql", "create table audit (id int);\nalter table accounts add constraint accounts_email_key unique (email);\n");
        s.Files.Add("0004_later.sql", "create table later (id int);\n");

        await using var gate = s.NewGate();
        await s.RunGateAsync(gate);
        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => gate.MigrateProductionAsync(CancellationToken.None));

        Assert.Contains("0003_unique_email.sql", refused.Message);
        Assert.True(await Db.TableExistsAsync(s.Production, "public.orders"));
        Assert.False(await Db.TableExistsAsync(s.Production, "public.audit"));
        Assert.False(await Db.TableExistsAsync(s.Production, "public.later"));
        Assert.Equal(["0001_accounts.sql", "0002_orders.sql"], (await Db.JournalAsync(s.Production)).Select(r => r.Name));
        var migrate = Deploy(s).GetProperty("migrate");
        Assert.Equal("failed", migrate.GetProperty("status").GetString());
        Assert.Equal(["migrations/0002_orders.sql"], migrate.GetProperty("applied").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("migrations/0003_unique_email.sql", migrate.GetProperty("failed").GetString());
        Assert.Equal(["migrations/0004_later.sql"], migrate.GetProperty("notAttempted").EnumerateArray().Select(e => e.GetString()));
        var report = JsonDocument.Parse(File.ReadAllText(s.ReportJson)).RootElement;
        Assert.Equal("fail", report.GetProperty("verdict").GetString());
        var finding = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "SG110");
        Assert.Equal("migrations/0003_unique_email.sql", finding.GetProperty("file").GetString());
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task When_the_journal_moved_since_the_gate_ran_nothing_is_applied_and_it_says_so()
    {
        using var s = await DeployScenario.CreateAsync(fixture, Sample[0]);
        await s.ApplyDirectlyAsync();
        s.Files.Add("0002_orders.sql", Sample[1].Sql);
        s.Files.Add("0003_invoices.sql", "create table invoices (id bigint primary key);\n");

        await using var gate = s.NewGate();
        await s.RunGateAsync(gate);
        // Another migrator deploys 0002 between the gate and MigrateProduction.
        var set = await s.Files.LoadAsync();
        var other = await new MigrationRunner(s.Runner()).ApplyAsync(s.Production, [set.Scripts[1]], CancellationToken.None);
        Assert.True(other.Succeeded);
        var journal = await s.JournalRowsAsync();

        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => gate.MigrateProductionAsync(CancellationToken.None));

        Assert.Contains("journal moved since the gate ran", refused.Message);
        Assert.Contains("0002_orders.sql", refused.Message);
        Assert.Equal(journal, await s.JournalRowsAsync());
        Assert.False(await Db.TableExistsAsync(s.Production, "public.invoices"));
        Assert.Equal("journal-moved", Deploy(s).GetProperty("migrate").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Verify_fails_loudly_with_SG406_when_production_differs_after_the_deploy()
    {
        using var s = await DeployScenario.CreateAsync(fixture, Sample);
        await using var gate = s.NewGate();
        await s.RunGateAsync(gate);
        await gate.MigrateProductionAsync(CancellationToken.None);
        await Db.ExecAsync(s.Production, "create table sneaked_in (id int)");

        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => gate.VerifyProductionAsync(CancellationToken.None));

        Assert.Contains("DEPLOY NOT VERIFIED", refused.Message);
        var report = JsonDocument.Parse(File.ReadAllText(s.ReportJson)).RootElement;
        Assert.Equal("fail", report.GetProperty("verdict").GetString());
        var finding = report.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "SG406");
        Assert.Contains("sneaked_in", finding.GetProperty("object").GetString());
        Assert.Equal("differs", Deploy(s).GetProperty("verify").GetProperty("status").GetString());
    }
}
