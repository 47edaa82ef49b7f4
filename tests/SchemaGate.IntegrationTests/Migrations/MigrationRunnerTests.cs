using SchemaGate.Connections;
using System.Diagnostics;
using Npgsql;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Sql;
using SchemaGate.Tracing;

namespace SchemaGate.IntegrationTests.Migrations;

public sealed class MigrationRunnerTests(PostgresServerFixture pg) : IClassFixture<PostgresServerFixture>
{
    private static MigrationRunner Runner(TimeSpan? lockWait = null, TimeSpan? lockTimeout = null) => new(new MigrationRunnerOptions
    {
        LockWait = lockWait ?? TimeSpan.FromSeconds(10),
        LockTimeout = lockTimeout ?? TimeSpan.FromSeconds(5),
    });

    [Fact]
    public async Task Applies_in_numeric_version_order_and_journals_each_script_with_its_checksum()
    {
        using var repo = new TempMigrations(
            ("10_third.sql", "insert into log (step) values ('10');"),
            ("0002_second.sql", "insert into log (step) values ('2');"),
            ("1_first.sql", "create table log (id serial primary key, step text not null);"));
        var set = await repo.LoadAsync();
        var db = await pg.CreateDatabaseAsync("order");

        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(JournalSetup.Created, result.JournalSetup);
        Assert.Equal(["1_first.sql", "0002_second.sql", "10_third.sql"], result.Applied.Select(a => a.Script.FileName));
        Assert.Equal("2,10", await Db.ScalarAsync<string>(db, "select string_agg(step, ',' order by id) from log"));
        var journal = await Db.JournalAsync(db);
        Assert.Equal(["1_first.sql", "0002_second.sql", "10_third.sql"], journal.Select(j => j.Name));
        Assert.Equal(set.Scripts.Select(s => s.Checksum), journal.Select(j => j.Checksum));
        Assert.All(journal, j => Assert.Matches("^[0-9a-f]{64}$", j.Checksum!));

        // A second run finds everything applied and does nothing.
        var again = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);
        Assert.Empty(again.Applied);
        Assert.Equal(3, again.AlreadyApplied.Count);
        Assert.Equal(3, (await Db.JournalAsync(db)).Count);
    }

    [Fact]
    public async Task A_failing_script_leaves_nothing_behind_and_reports_file_line_and_column()
    {
        using var repo = new TempMigrations(
            ("0001_ok.sql", "create table kept (id int);"),
            ("0002_broken.sql", """
                -- a script whose sixth statement line is wrong
                create table half_done (id int);

                insert into half_done values (1);

                create table broken (
                  id int,
                  name txet not null
                );
                """));
        var set = await repo.LoadAsync();
        var db = await pg.CreateDatabaseAsync("failing");

        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);

        var failure = Assert.IsType<MigrationFailure>(result.Failure);
        Assert.Equal("0002_broken.sql", failure.Script.FileName);
        Assert.Equal(8, failure.Line);
        Assert.Equal(8, failure.Column);
        Assert.Contains("txet", failure.ServerMessage);
        Assert.False(failure.PartiallyApplied);
        Assert.True(await Db.TableExistsAsync(db, "kept"));
        Assert.False(await Db.TableExistsAsync(db, "half_done"));
        Assert.Equal(["0001_ok.sql"], (await Db.JournalAsync(db)).Select(j => j.Name));
        Assert.Contains("migrations/0002_broken.sql:8:8", failure.Describe());
    }

    [Theory]
    [InlineData("create table t (id int, name text);\n\ncopy t (id, name) from stdin;\n1\tone\n\\.\n", 3, "COPY ... FROM STDIN")]
    [InlineData("create table t (id int);\n\\set ON_ERROR_STOP on\ninsert into t values (1);\n", 2, "psql meta-command \\set")]
    public async Task A_statement_only_psql_can_run_is_refused_before_anything_runs(string sql, int line, string says)
    {
        using var repo = new TempMigrations(("0001_ok.sql", "create table kept (id int);"), ("0002_psql.sql", sql));
        var set = await repo.LoadAsync();
        var db = await pg.CreateDatabaseAsync("psqlonly");

        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);

        var failure = Assert.IsType<MigrationFailure>(result.Failure);
        Assert.Equal("0002_psql.sql", failure.Script.FileName);
        Assert.Equal(line, failure.Line);
        Assert.Equal(1, failure.Column);
        Assert.Contains(says, failure.ServerMessage, StringComparison.Ordinal);
        Assert.Null(failure.SqlState);
        Assert.False(await Db.TableExistsAsync(db, "t"));
        Assert.Equal(["0001_ok.sql"], (await Db.JournalAsync(db)).Select(j => j.Name));
    }

    [Fact]
    public async Task A_syntax_error_inside_a_function_body_points_at_the_body_line()
    {
        using var repo = new TempMigrations(("0001_fn.sql", "create function f() returns int\nlanguage plpgsql as $$\nbegin\n  retrun 1;\nend;\n$$;\n"));
        var set = await repo.LoadAsync();
        var db = await pg.CreateDatabaseAsync("fnerror");
        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);
        var failure = Assert.IsType<MigrationFailure>(result.Failure);
        Assert.Equal(4, failure.Line);
        Assert.Empty(await Db.JournalAsync(db));
    }

    [Fact]
    public async Task A_DbUp_journal_is_adopted_as_it_is()
    {
        var db = await pg.CreateDatabaseAsync("dbup");
        await Db.ExecAsync(db, """
            CREATE TABLE schemaversions (
                schemaversionsid serial NOT NULL,
                scriptname character varying(255) NOT NULL,
                applied timestamp without time zone NOT NULL,
                CONSTRAINT PK_schemaversions_Id PRIMARY KEY (schemaversionsid));
            INSERT INTO schemaversions (scriptname, applied) VALUES ('MyApp.Scripts.0001_create.sql', now());
            CREATE TABLE t (id int);
            """);
        using var repo = new TempMigrations(
            ("0001_create.sql", "create table t (id int);"),
            ("0002_add.sql", "alter table t add column name text;"));
        var set = await repo.LoadAsync();

        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Describe());
        Assert.Equal(JournalSetup.AdoptedFromDbUp, result.JournalSetup);
        Assert.Equal(1, result.RowsWithoutChecksum);
        Assert.Equal(["0001_create.sql"], result.AlreadyApplied.Select(s => s.FileName));
        Assert.Equal(["0002_add.sql"], result.Applied.Select(a => a.Script.FileName));
        var journal = await Db.JournalAsync(db);
        Assert.Equal([("MyApp.Scripts.0001_create.sql", (string?)null), ("0002_add.sql", set.Scripts[1].Checksum)], journal);
    }

    [Fact]
    public async Task A_second_runner_waits_for_the_lock_then_gives_up_with_a_clear_message()
    {
        using var repo = new TempMigrations(("0001_a.sql", "create table a (id int);"));
        var set = await repo.LoadAsync();
        var db = await pg.CreateDatabaseAsync("lockwait");
        await using var holder = new NpgsqlConnection(db.With(b => b.ApplicationName = "other-migrator").ConnectionString);
        await holder.OpenAsync();
        var held = await MigrationLock.AcquireAsync(holder, new JournalOptions(), TimeSpan.Zero, CancellationToken.None);

        var sw = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<InfrastructureException>(() => Runner(lockWait: TimeSpan.FromSeconds(1)).ApplyAsync(db, set.Scripts, CancellationToken.None));
        Assert.True(sw.Elapsed >= TimeSpan.FromSeconds(1));
        Assert.Contains("another migrator holds the migration lock", ex.Message);
        Assert.Contains("other-migrator", ex.Message);
        Assert.False(await Db.TableExistsAsync(db, "a"));

        // Once the holder lets go, a waiting runner proceeds.
        var waiting = Runner(lockWait: TimeSpan.FromSeconds(20)).ApplyAsync(db, set.Scripts, CancellationToken.None);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        var result = await waiting;
        Assert.True(result.Succeeded);
        Assert.True(await Db.TableExistsAsync(db, "a"));
    }

    [Fact]
    public async Task Lock_timeout_fires_against_a_held_table_lock_and_nothing_is_applied()
    {
        var db = await pg.CreateDatabaseAsync("locktimeout");
        await Db.ExecAsync(db, "create table busy (id int)");
        using var repo = new TempMigrations(("0001_alter.sql", "create table side (id int);\nalter table busy add column x int;"));
        var set = await repo.LoadAsync();

        await using var holder = new NpgsqlConnection(db.ConnectionString);
        await holder.OpenAsync();
        await using var tx = await holder.BeginTransactionAsync();
        await new NpgsqlCommand("lock table busy in access share mode", holder, tx).ExecuteNonQueryAsync();

        var sw = Stopwatch.StartNew();
        var result = await Runner(lockTimeout: TimeSpan.FromMilliseconds(300)).ApplyAsync(db, set.Scripts, CancellationToken.None);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(4), $"took {sw.Elapsed}");
        var failure = Assert.IsType<MigrationFailure>(result.Failure);
        Assert.Equal("55P03", failure.SqlState);
        Assert.Equal(2, failure.Line);
        await tx.RollbackAsync();
        Assert.False(await Db.TableExistsAsync(db, "side"));
        Assert.Empty(await Db.JournalAsync(db));
    }

    [Fact]
    public async Task A_no_transaction_script_runs_concurrently_buildable_statements_and_is_journaled_after_success()
    {
        var db = await pg.CreateDatabaseAsync("notx");
        using var repo = new TempMigrations(
            ("0001_t.sql", "create table t (id int, v text);"),
            ("0002_idx.sql", "-- schemagate:no-transaction\ncreate index concurrently t_v_idx on t (v);\ncreate index concurrently t_id_idx on t (id);"));
        var set = await repo.LoadAsync();
        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        Assert.Equal(2, await Db.ScalarAsync<long>(db, "select count(*) from pg_indexes where tablename = 't'"));
        Assert.Equal(2, (await Db.JournalAsync(db)).Count);
    }

    [Fact]
    public async Task Concurrently_without_the_directive_fails_with_advice_and_leaves_nothing()
    {
        var db = await pg.CreateDatabaseAsync("concurrently");
        using var repo = new TempMigrations(
            ("0001_t.sql", "create table t (id int);"),
            ("0002_idx.sql", "create table u (id int);\ncreate index concurrently t_id_idx on t (id);"));
        var set = await repo.LoadAsync();
        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);
        var failure = Assert.IsType<MigrationFailure>(result.Failure);
        Assert.Equal("25001", failure.SqlState);
        Assert.Contains("no-transaction", failure.ServerMessage);
        Assert.False(await Db.TableExistsAsync(db, "u"));
    }

    [Fact]
    public async Task A_failing_no_transaction_script_says_the_earlier_statements_stayed()
    {
        var db = await pg.CreateDatabaseAsync("notxfail");
        using var repo = new TempMigrations(("0001_mixed.sql", "-- schemagate:no-transaction\ncreate table first (id int);\ncreate table first (id int);"));
        var set = await repo.LoadAsync();
        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);
        var failure = Assert.IsType<MigrationFailure>(result.Failure);
        Assert.True(failure.PartiallyApplied);
        Assert.Equal(3, failure.Line);
        Assert.Contains("were applied and stay", failure.Describe());
        Assert.Empty(await Db.JournalAsync(db));
    }

    [Fact]
    public async Task Transaction_control_in_a_transactional_script_is_refused_before_anything_runs()
    {
        var db = await pg.CreateDatabaseAsync("txcontrol");
        using var repo = new TempMigrations(("0001_tx.sql", "create table a (id int);\nCOMMIT;\ncreate table b (id int);"));
        var set = await repo.LoadAsync();
        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);
        var failure = Assert.IsType<MigrationFailure>(result.Failure);
        Assert.Equal(2, failure.Line);
        Assert.False(await Db.TableExistsAsync(db, "a"));
    }

    [Fact]
    public async Task Function_bodies_with_semicolons_and_do_blocks_are_applied_as_single_statements()
    {
        var db = await pg.CreateDatabaseAsync("bodies");
        using var repo = new TempMigrations(("0001_fn.sql", """
            create table counter (n int);
            create function bump() returns void language plpgsql as $fn$
            begin
              insert into counter values (1);
              insert into counter values (2);
            end;
            $fn$;
            do $$ begin perform bump(); end $$;
            """));
        var set = await repo.LoadAsync();
        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        Assert.Equal(3, result.Applied[0].Statements);
        Assert.Equal(2L, await Db.ScalarAsync<long>(db, "select count(*) from counter"));
    }

    /// <summary>One INSERT of 110,000 rows, more text than a script may have and keep its tokens (<see cref="SqlScript.RelexAbove"/>).</summary>
    private static string HugeInsert(string lastRow) =>
        "insert into existing (id, note) values\n"
        + string.Join(",\n", Enumerable.Range(1, 110_000).Select(i => $"({i}, 'row {i}; it''s -- not a comment')").Append(lastRow)) + ";\n"
        + "insert into existing (id, note) values (0, 'after');\n";

    [Fact]
    public async Task A_script_too_large_to_keep_its_tokens_applies_one_huge_insert_traced_and_journaled()
    {
        using var repo = new TempMigrations(
            ("0001_table.sql", "create table existing (id int primary key, note text);"),
            ("0002_huge.sql", HugeInsert("(110001, 'last')")));
        var set = await repo.LoadAsync();
        Assert.True(set.Scripts[1].Text.Length > SqlScript.RelexAbove);
        Assert.IsType<RelexedTokens>(set.Scripts[1].Sql.Statements[0].Tokens);
        var db = await pg.CreateDatabaseAsync("huge");
        var tracer = new ScriptTracer();

        var result = await new MigrationRunner(new MigrationRunnerOptions { Observer = tracer }).ApplyAsync(db, set.Scripts, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure?.Describe());
        Assert.Equal(2, result.Applied[1].Statements);
        Assert.Equal(110_002L, await Db.ScalarAsync<long>(db, "select count(*) from existing"));
        Assert.Equal("row 110000; it's -- not a comment", await Db.ScalarAsync<string>(db, "select note from existing where id = 110000"));
        Assert.Equal(set.Scripts.Select(s => s.Checksum), (await Db.JournalAsync(db)).Select(j => j.Checksum));
        // Both statements of the large script were traced, each probe in the statement's own round trip.
        Assert.Equal(2, tracer.Traces.Count);
        Assert.Equal(2, tracer.BatchedProbes);
    }

    [Fact]
    public async Task A_failure_inside_a_huge_statement_of_a_large_script_is_located_at_its_line_and_column()
    {
        var huge = HugeInsert("(110001, 'last'), ('oops', 'bad')");
        using var repo = new TempMigrations(("0001_table.sql", "create table existing (id int primary key, note text);"), ("0002_huge.sql", huge));
        var set = await repo.LoadAsync();
        Assert.IsType<RelexedTokens>(set.Scripts[1].Sql.Statements[0].Tokens);
        var db = await pg.CreateDatabaseAsync("hugefail");

        var result = await Runner().ApplyAsync(db, set.Scripts, CancellationToken.None);

        var failure = Assert.IsType<MigrationFailure>(result.Failure);
        var at = huge.IndexOf("'oops'", StringComparison.Ordinal);
        Assert.Equal(huge[..at].Count(c => c == '\n') + 1, failure.Line);
        Assert.Equal(at - huge.LastIndexOf('\n', at), failure.Column);
        Assert.Contains("oops", failure.ServerMessage);
        Assert.Equal(0L, await Db.ScalarAsync<long>(db, "select count(*) from existing"));
    }
}
