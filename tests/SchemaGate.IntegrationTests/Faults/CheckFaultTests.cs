using Npgsql;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.Faults;

/// <summary>
/// Faults around the read-only checks and the folders a run writes to: a session holding a lock production's catalog
/// reads wait for, a lock held against a migration, a read-only or full folder. Each ends with the right exit code and
/// a message that names the cause; production is never changed.
/// </summary>
public sealed class CheckFaultTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static readonly (string, string)[] Files =
    [
        ("0001_accounts.sql", "create table accounts (id bigint primary key, email text);\n"),
        ("0002_orders.sql", "create table orders (id bigint primary key);\n"),
    ];

    private async Task<(BuildProcess Build, Connections.DatabaseUrl Production)> DeployedAsync(string name)
    {
        var production = await fixture.CreateDatabaseAsync(name);
        var build = new BuildProcess(Files);
        var set = await MigrationSource.LoadAsync(Path.Combine(build.Root, "migrations"), build.Root, CancellationToken.None);
        Assert.True((await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts.Take(1).ToList(), CancellationToken.None)).Succeeded);
        return (build, production);
    }

    [Fact]
    public async Task A_check_blocked_by_another_sessions_lock_names_the_holder_and_gives_up_with_exit_3()
    {
        var (build, production) = await DeployedAsync("fault-lock");
        using var _ = build;
        await using var holder = new NpgsqlConnection(production.With(b => b.ApplicationName = "nightly-report").ConnectionString);
        await holder.OpenAsync();
        await using var tx = await holder.BeginTransactionAsync();
        // Another tool holds production's journal (a deploy of another kind, a hand-run migration): the check must read it.
        await using (var take = new NpgsqlCommand("lock table schemaversions in access exclusive mode", holder, tx)) await take.ExecuteNonQueryAsync();

        var started = DateTime.UtcNow;
        var (code, output) = await build.RunAsync("DeployCheck", "--prod-url", production.ConnectionString, "--check-lock-timeout", "6s");

        Assert.True(code == 3, output);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(90), "the check did not give up");
        Assert.Contains("waiting: the production session has waited", output);
        Assert.Contains($"held by backend pid {holder.ProcessID} (nightly-report, idle in transaction since", output);
        Assert.Contains("gave up: canceling statement due to lock timeout (--check-lock-timeout 6 s)", output);
        await tx.RollbackAsync();
        Assert.Equal(["0001_accounts.sql"], (await Db.JournalAsync(production)).Select(r => r.Name));
    }

    [Fact]
    public async Task A_lock_held_against_a_pending_script_fails_it_on_lock_timeout_and_leaves_nothing_of_it()
    {
        var (build, production) = await DeployedAsync("fault-migrate-lock");
        using var _ = build;
        File.WriteAllText(Path.Combine(build.Root, "migrations", "0003_email_index.sql"), "set lock_timeout = '2s';\nalter table accounts add column name text;\n");
        await using var holder = new NpgsqlConnection(production.With(b => b.ApplicationName = "long-report").ConnectionString);
        await holder.OpenAsync();
        await using var tx = await holder.BeginTransactionAsync();
        await using (var read = new NpgsqlCommand("select count(*) from accounts", holder, tx)) await read.ExecuteScalarAsync();

        var (code, output) = await build.RunAsync("Deploy", "--prod-url", production.ConnectionString, "--lock-timeout", "2s");

        Assert.True(code == 1, output);
        Assert.Contains("0003_email_index.sql:2:1 failed in production: canceling statement due to lock timeout", output);
        Assert.Contains("the 1 script(s) applied before it stay applied and journaled (migrations/0002_orders.sql)", output);
        await tx.RollbackAsync();
        Assert.Equal(["0001_accounts.sql", "0002_orders.sql"], (await Db.JournalAsync(production)).Select(r => r.Name));
        Assert.False(await Db.ScalarAsync<bool>(production, "select exists (select 1 from information_schema.columns where table_name = 'accounts' and column_name = 'name')"));
    }

    [Fact]
    public async Task A_read_only_report_folder_is_refused_before_anything_runs_with_exit_2()
    {
        using var build = new BuildProcess(Files);
        using var folder = SmallFolder.Mount(Path.Combine(build.Root, "ro-reports"), "64k", readOnly: true);
        if (folder is null) return; // this machine cannot mount a tmpfs (not root): nothing to test here

        var (code, output) = await build.RunAsync("DeployCheck", "--report-dir", folder.Path);

        Assert.True(code == 2, output);
        Assert.Contains($"--report-dir {folder.Path} is not writable", output);
        Assert.DoesNotContain("=== SpinUpEphemeralDb ===", output);
    }

    [Fact]
    public async Task A_backup_folder_too_small_for_production_is_refused_by_ValidateConfig_and_production_is_not_touched()
    {
        var (build, production) = await DeployedAsync("fault-small-disk");
        using var _ = build;
        await Db.ExecAsync(production, "insert into accounts select g, repeat(md5(g::text), 40) from generate_series(1, 20000) g");
        using var folder = SmallFolder.Mount(Path.Combine(build.Root, "small-backups"), "64k", readOnly: false);
        if (folder is null) return;

        var (code, output) = await build.RunAsync("Deploy", "--prod-url", production.ConnectionString, "--backup-dir", folder.Path);

        Assert.True(code == 2, output);
        Assert.Contains($"--backup-dir {folder.Path} has", output);
        Assert.Contains("free, but a backup of production", output);
        Assert.Equal(["0001_accounts.sql"], (await Db.JournalAsync(production)).Select(r => r.Name));
    }

    [Fact]
    public async Task A_disk_that_fills_up_during_the_backup_is_said_as_disk_full_leaves_no_file_and_changes_nothing()
    {
        var (build, production) = await DeployedAsync("fault-full-disk");
        using var _ = build;
        // Incompressible rows: the dump is about as large as the data, more than the folder holds, though the
        // database's size leaves ValidateConfig's estimate (a third of it) under the folder's size.
        await Db.ExecAsync(production, "create extension if not exists pgcrypto; insert into accounts select g, encode(gen_random_bytes(1000), 'base64') || encode(gen_random_bytes(500), 'base64') from generate_series(1, 20000) g; drop extension pgcrypto");
        var size = await Db.ScalarAsync<long>(production, "select pg_database_size(current_database())");
        var room = size / 3 + 512 * 1024;
        using var folder = SmallFolder.Mount(Path.Combine(build.Root, "tight-backups"), room.ToString(System.Globalization.CultureInfo.InvariantCulture), readOnly: false);
        if (folder is null) return;

        var (code, output) = await build.RunAsync("Deploy", "--prod-url", production.ConnectionString, "--backup-dir", folder.Path);

        Assert.True(code == 3, output);
        Assert.Contains($"disk full: {folder.Path} ran out of space while pg_dump wrote the backup", output);
        Assert.Empty(Directory.GetFiles(folder.Path));
        Assert.Equal(["0001_accounts.sql"], (await Db.JournalAsync(production)).Select(r => r.Name));
        Assert.False(await Db.TableExistsAsync(production, "orders"));
    }
}
