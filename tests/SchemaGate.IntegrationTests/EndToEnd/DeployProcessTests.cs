using System.Text.Json;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.IntegrationTests.Production;
using SchemaGate.Processes;
using SchemaGate.Production;

namespace SchemaGate.IntegrationTests.EndToEnd;

/// <summary>`Deploy --prod-url ...` as the release pipeline runs it: a real process against a fixture database playing production.</summary>
public sealed class DeployProcessTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static JsonElement Deploy(BuildProcess build) =>
        JsonDocument.Parse(File.ReadAllText(build.ReportJson)).RootElement.GetProperty("context").GetProperty("deploy");

    private static string BackupFile(BuildProcess build) =>
        Path.Combine(build.Root, "artifacts", "backups", Deploy(build).GetProperty("backup").GetProperty("file").GetString()!);

    [Fact]
    public async Task Deploy_to_an_empty_database_applies_journals_verifies_and_a_second_run_changes_nothing_with_a_restorable_backup()
    {
        using var build = new BuildProcess(
            ("0001_accounts.sql", "create table accounts (id bigint generated always as identity primary key, email text not null);\n"),
            ("0002_orders.sql", "create table orders (id bigint primary key, account_id bigint not null references accounts (id));\n"));
        var production = await fixture.CreateDatabaseAsync("prod");
        var url = $"postgres://postgres@{production.Builder.Host}:{production.Builder.Port}/{production.Database}";

        // An empty production is refused unless this is declared to be the first deployment; nothing is written.
        var (refused, refusedOutput) = await build.RunAsync("Deploy", "--prod-url", url);
        Assert.True(refused == 1, refusedOutput);
        Assert.Contains("SG009", refusedOutput);
        Assert.False(await Db.TableExistsAsync(production, "public.accounts"));
        Assert.False(await Db.TableExistsAsync(production, "public.schemaversions"));

        var (code, output) = await build.RunAsync("Deploy", "--prod-url", url, "--first-deploy");

        Assert.True(code == 0, output);
        Assert.Matches(@"BackupProduction\s+Succeeded", output);
        Assert.Matches(@"MigrateProduction\s+Succeeded", output);
        Assert.Matches(@"VerifyProduction\s+Succeeded", output);
        Assert.True(await Db.TableExistsAsync(production, "public.accounts"));
        Assert.True(await Db.TableExistsAsync(production, "public.orders"));
        Assert.Equal(["0001_accounts.sql", "0002_orders.sql"], (await Db.JournalAsync(production)).Select(r => r.Name));

        Assert.Equal("matches", Deploy(build).GetProperty("verify").GetProperty("status").GetString());
        var firstBackup = BackupFile(build);
        Assert.True(File.Exists(firstBackup), firstBackup);
        var journal = await Db.JournalAsync(production);

        // Run again (scratch databases on the fixture server this time, to save a server start): nothing changes,
        // and this backup holds the deployed tables and journal.
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // backup names have one-second resolution
        var admin = fixture.AdminUrl.Builder;
        var (again, secondOutput) = await build.RunAsync("Deploy", "--prod-url", url,
            "--ephemeral", "server", "--ephemeral-server-url", $"postgres://{admin.Username}@{admin.Host}:{admin.Port}/postgres");
        Assert.True(again == 0, secondOutput);
        Assert.Equal(journal, await Db.JournalAsync(production));
        Assert.Empty(Deploy(build).GetProperty("migrate").GetProperty("applied").EnumerateArray());
        var secondBackup = BackupFile(build);
        Assert.NotEqual(firstBackup, secondBackup);
        Assert.True(File.Exists(firstBackup) && File.Exists(secondBackup));

        var copy = await fixture.CreateDatabaseAsync("restored");
        var restore = await ProcessRunner.RunAsync(BackupTests.PgTool("pg_restore"), ["--exit-on-error", "--dbname", copy.Database, secondBackup],
            CancellationToken.None, environment: LibpqEnvironment.For(copy, TimeSpan.FromSeconds(5), "test"));
        Assert.True(restore.Succeeded, restore.Tail());
        Assert.True(await Db.TableExistsAsync(copy, "public.orders"));
        Assert.Equal(journal, await Db.JournalAsync(copy));
        Assert.Empty(build.LeftoverInstances());
    }

    [Fact]
    public async Task Deploy_without_a_production_url_exits_2_before_anything_runs()
    {
        using var build = new BuildProcess(("0001_accounts.sql", "create table accounts (id int);\n"));

        var (code, output) = await build.RunAsync("Deploy");

        Assert.True(code == 2, output);
        Assert.Contains("prod-url", output, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(build.ReportJson));
    }
}
