using System.Numerics;
using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Rollback;

namespace SchemaGate.IntegrationTests.Rollback;

/// <summary>Rollback --to N against a fixture database that plays production, deployed with the real runner.</summary>
public sealed class ProductionRollbackTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static readonly (string, string)[] History =
    [
        ("0001_accounts.sql", "create table accounts (id int primary key, email text not null);"),
        ("0001_accounts.down.sql", "drop table accounts;"),
        ("0002_accounts_name.sql", "alter table accounts add column name text;\ncreate index accounts_name_idx on accounts (name);"),
        ("0002_accounts_name.down.sql", "drop index accounts_name_idx;\nalter table accounts drop column name;"),
        ("0003_orders.sql", "create table orders (id int primary key, account_id int references accounts (id));"),
        ("0003_orders.down.sql", "drop table orders;"),
    ];

    private static readonly MigrationRunnerOptions Runner = new() { LockWait = TimeSpan.FromSeconds(2) };

    private static Task<RollbackResult> RollbackAsync(DatabaseUrl production, MigrationSet set, int to, RollbackRehearsal? rehearsal = null) =>
        new ProductionRollback(new RollbackOptions { Runner = Runner }).RunAsync(production, set, new BigInteger(to), TextWriter.Null, CancellationToken.None, rehearsal);

    private RollbackRehearsal Rehearsal() => new(fixture.Server, Runner, SnapshotOptions.Default);

    private static async Task<SchemaSnapshot> SnapshotAsync(DatabaseUrl db)
    {
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync();
        return await new SnapshotReader().ReadAsync(conn, SnapshotOptions.Default, CancellationToken.None);
    }

    /// <summary>True once a session with that application name is connected to the database (polled for up to 5 s).</summary>
    private static async Task<bool> WaitForSessionAsync(DatabaseUrl db, string applicationName)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        while (DateTime.UtcNow < until)
        {
            if (await Db.ScalarAsync<bool>(db, $"select exists (select 1 from pg_stat_activity where application_name = '{applicationName}' and datname = current_database())"))
                return true;
            await Task.Delay(20);
        }
        return false;
    }

    private async Task<(DatabaseUrl Production, SchemaSnapshot AtVersion1)> DeployAsync(MigrationSet set)
    {
        var production = await fixture.CreateDatabaseAsync("rollback");
        var runner = new MigrationRunner(Runner);
        Assert.True((await runner.ApplyAsync(production, set.Scripts.Take(1).ToList(), CancellationToken.None)).Succeeded);
        var atVersion1 = await SnapshotAsync(production);
        Assert.True((await runner.ApplyAsync(production, set.Scripts, CancellationToken.None)).Succeeded);
        return (production, atVersion1);
    }

    [Fact]
    public async Task Round_trip_restores_the_schema_at_N_removes_the_journal_rows_and_up_works_again()
    {
        using var files = new TempMigrations(History);
        var set = await files.LoadAsync();
        var (production, atVersion1) = await DeployAsync(set);
        await Db.ExecAsync(production, "insert into accounts (id, email, name) values (1, 'a@example.com', 'A')");

        var result = await RollbackAsync(production, set, 1, Rehearsal());

        Assert.Equal(["0003_orders.sql", "0002_accounts_name.sql"], result.RolledBack.Select(s => s.Script.FileName));
        Assert.Empty(SchemaDiff.Compare(atVersion1, await SnapshotAsync(production), DiffOptions.Default));
        Assert.Equal(["0001_accounts.sql"], (await Db.JournalAsync(production)).Select(r => r.Name));
        Assert.Equal(1L, await Db.ScalarAsync<long>(production, "select count(*) from accounts"));

        var again = await new MigrationRunner(Runner).ApplyAsync(production, set.Scripts, CancellationToken.None);
        Assert.True(again.Succeeded, again.Failure?.Describe());
        Assert.Equal(2, again.Applied.Count);
        Assert.Equal(3, (await Db.JournalAsync(production)).Count);
    }

    [Fact]
    public async Task Rolling_back_to_the_newest_version_changes_nothing()
    {
        using var files = new TempMigrations(History);
        var set = await files.LoadAsync();
        var (production, _) = await DeployAsync(set);

        var result = await RollbackAsync(production, set, 3);

        Assert.Empty(result.RolledBack);
        Assert.Equal(3, (await Db.JournalAsync(production)).Count);
    }

    [Fact]
    public async Task A_missing_down_script_refuses_naming_it_and_changes_nothing()
    {
        using var files = new TempMigrations(History.Where(f => f.Item1 != "0002_accounts_name.down.sql").ToArray());
        var set = await files.LoadAsync();
        var (production, _) = await DeployAsync(set);
        var before = await SnapshotAsync(production);

        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => RollbackAsync(production, set, 1));

        Assert.Equal(ExitCodes.Refused, refused.ExitCode);
        Assert.Contains("migrations/0002_accounts_name.sql has no down script (expected migrations/0002_accounts_name.down.sql)", refused.Message);
        Assert.Contains("nothing was changed", refused.Message);
        Assert.Empty(SchemaDiff.Compare(before, await SnapshotAsync(production), DiffOptions.Default));
        Assert.Equal(3, (await Db.JournalAsync(production)).Count);
    }

    [Theory]
    [InlineData(7, "--to 7 is above the newest applied version 3")]
    [InlineData(0, "--to 0 is not an applied version; applied versions are 1, 2, 3")]
    public async Task A_target_that_is_not_an_applied_version_refuses_and_changes_nothing(int to, string expected)
    {
        using var files = new TempMigrations(History);
        var set = await files.LoadAsync();
        var (production, _) = await DeployAsync(set);

        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => RollbackAsync(production, set, to));

        Assert.Contains(expected, refused.Message);
        Assert.Equal(3, (await Db.JournalAsync(production)).Count);
        Assert.True(await Db.TableExistsAsync(production, "orders"));
    }

    [Fact]
    public async Task A_down_script_edited_after_its_up_script_was_applied_refuses_before_anything_runs()
    {
        using var files = new TempMigrations(History);
        var (production, _) = await DeployAsync(await files.LoadAsync());
        files.Add("0003_orders.down.sql", "drop table orders cascade;");
        var edited = await files.LoadAsync();

        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => RollbackAsync(production, edited, 2));

        Assert.Contains("migrations/0003_orders.down.sql was edited after 0003_orders.sql was applied", refused.Message);
        Assert.Equal(3, (await Db.JournalAsync(production)).Count);
        Assert.True(await Db.TableExistsAsync(production, "orders"));
    }

    [Fact]
    public async Task The_journal_records_each_scripts_down_checksum_when_it_is_applied()
    {
        using var files = new TempMigrations(History);
        var set = await files.LoadAsync();
        var (production, _) = await DeployAsync(set);

        var recorded = await Db.ScalarAsync<string>(production, "select down_checksum from schemaversions where scriptname = '0003_orders.sql'");

        Assert.Equal(set.Scripts.Single(s => s.FileName == "0003_orders.sql").Down!.Checksum, recorded);
    }

    [Fact]
    public async Task A_script_edited_after_it_was_applied_refuses_naming_it()
    {
        using var files = new TempMigrations(History);
        var (production, _) = await DeployAsync(await files.LoadAsync());
        files.Add("0003_orders.sql", "create table orders (id int primary key, account_id int references accounts (id), total numeric);");
        var edited = await files.LoadAsync();

        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => RollbackAsync(production, edited, 2));

        Assert.Contains("migrations/0003_orders.sql was edited after it was applied", refused.Message);
        Assert.Contains("migrations/0003_orders.down.sql", refused.Message);
        Assert.Equal(3, (await Db.JournalAsync(production)).Count);
    }

    [Fact]
    public async Task A_down_script_that_does_not_undo_its_script_is_caught_by_the_rehearsal_and_production_is_untouched()
    {
        // Applied with this down script already (so its checksum is the journal's): only the rehearsal can tell it is incomplete.
        using var files = new TempMigrations(History);
        files.Add("0002_accounts_name.down.sql", "drop index accounts_name_idx;");
        var incomplete = await files.LoadAsync();
        var (production, _) = await DeployAsync(incomplete);
        var before = await SnapshotAsync(production);

        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => RollbackAsync(production, incomplete, 1, Rehearsal()));

        Assert.Contains("migrations/0002_accounts_name.down.sql", refused.Message);
        Assert.Contains("do not restore the schema of version 1", refused.Message);
        Assert.Contains("+ column public.accounts.name", refused.Message);
        Assert.Empty(SchemaDiff.Compare(before, await SnapshotAsync(production), DiffOptions.Default));
        Assert.Equal(3, (await Db.JournalAsync(production)).Count);
    }

    [Fact]
    public async Task Another_session_holding_the_migration_lock_stops_the_rollback_before_it_changes_anything()
    {
        using var files = new TempMigrations(History);
        var set = await files.LoadAsync();
        var (production, _) = await DeployAsync(set);
        await using var holder = new NpgsqlConnection(production.With(b => b.ApplicationName = "other-migrator").ConnectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({MigrationLock.KeyFor(new JournalOptions())})", holder))
            await take.ExecuteScalarAsync();

        var rollback = RollbackAsync(production, set, 1);
        // While it waits for the lock, the rollback's session is visible under its name.
        var seen = await WaitForSessionAsync(production, "schemagate-rollback");
        var failed = await Assert.ThrowsAsync<InfrastructureException>(() => rollback);

        Assert.True(seen, "no session named schemagate-rollback while the rollback waited for the lock");
        Assert.Contains("holds the migration lock", failed.Message);
        Assert.Contains("other-migrator", failed.Message);
        Assert.Equal(3, (await Db.JournalAsync(production)).Count);
        Assert.True(await Db.TableExistsAsync(production, "orders"));
    }

    [Fact]
    public async Task A_down_script_failing_in_production_keeps_the_earlier_rollbacks_and_its_own_script_applied()
    {
        var history = History.Select(f => f.Item1 == "0002_accounts_name.down.sql" ? (f.Item1, "drop index accounts_name_idx;\nalter table accounts drop column nickname;") : f).ToArray();
        using var files = new TempMigrations(history);
        var set = await files.LoadAsync();
        var (production, _) = await DeployAsync(set);

        var refused = await Assert.ThrowsAsync<GateRefusedException>(() => RollbackAsync(production, set, 1));

        Assert.Contains("migrations/0002_accounts_name.down.sql:2", refused.Message);
        Assert.Contains("already rolled back: 0003_orders.sql", refused.Message);
        Assert.Equal(["0001_accounts.sql", "0002_accounts_name.sql"], (await Db.JournalAsync(production)).Select(r => r.Name));
        Assert.False(await Db.TableExistsAsync(production, "orders"));
        Assert.True(await Db.TableExistsAsync(production, "accounts_name_idx"));
    }
}
