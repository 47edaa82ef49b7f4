using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Tracing;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>The traced analysis on real PostgreSQL: lock modes, rewrites and removals, whatever the SQL looked like.</summary>
public sealed class ScriptTracerTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string Alerts = "create table alerts (id bigint primary key, level int not null, payload text);\n" +
                                  "insert into alerts select g, g % 5, 'p' || g from generate_series(1, 50) g;\n";

    [Fact]
    public async Task Add_column_with_a_volatile_default_takes_access_exclusive_and_rewrites_the_table()
    {
        var traces = await TraceRun.ApplyAsync(fixture, ("0001_alerts.sql", Alerts),
            ("0002_token.sql", "alter table alerts add column score float8 default random();\n"));

        var statement = traces[1].At(1);
        var lockTaken = Assert.Single(statement.Locks, l => l.Relation == "public.alerts");
        Assert.Equal("AccessExclusiveLock", lockTaken.Mode);
        Assert.Contains(statement.Rewrites, r => r.Relation == "public.alerts" && r.Kind == RelationKind.Table);
        Assert.Contains(statement.Rewrites, r => r.Relation == "public.alerts_pkey" && r.Kind == RelationKind.Index && r.Table == "public.alerts");
    }

    [Fact]
    public async Task Add_column_with_a_constant_default_locks_but_does_not_rewrite()
    {
        var traces = await TraceRun.ApplyAsync(fixture, ("0001_alerts.sql", Alerts),
            ("0002_flag.sql", "alter table alerts add column flag int default 0;\n"));

        var statement = traces[1].At(1);
        Assert.Equal("AccessExclusiveLock", Assert.Single(statement.Locks, l => l.Relation == "public.alerts").Mode);
        Assert.Empty(statement.Rewrites);
    }

    [Fact]
    public async Task Create_index_takes_share_lock_on_the_table_and_alter_type_rewrites_it()
    {
        var traces = await TraceRun.ApplyAsync(fixture, ("0001_alerts.sql", Alerts),
            ("0002_changes.sql", "create index alerts_level_idx on alerts (level);\nalter table alerts alter column level type bigint;\n"));

        var index = traces[1].At(1);
        Assert.Equal("ShareLock", Assert.Single(index.Locks, l => l.Relation == "public.alerts").Mode);
        Assert.Empty(index.Rewrites);

        var alter = traces[1].At(2);
        Assert.Equal("AccessExclusiveLock", Assert.Single(alter.Locks, l => l.Relation == "public.alerts").Mode);
        Assert.Contains(alter.Rewrites, r => r.Relation == "public.alerts" && r.Kind == RelationKind.Table);
    }

    [Fact]
    public async Task A_table_created_earlier_in_the_same_script_is_not_traced()
    {
        var traces = await TraceRun.ApplyAsync(fixture,
            ("0001_new.sql", "create table fresh (id int);\nalter table fresh alter column id type bigint;\ncreate index fresh_id on fresh (id);\n"));

        Assert.Empty(traces[0].Statements);
    }

    [Fact]
    public async Task A_column_dropped_in_a_DO_block_is_a_removed_column_at_the_block_line()
    {
        var traces = await TraceRun.ApplyAsync(fixture, ("0001_alerts.sql", Alerts), ("0002_cleanup.sql", """
            create table audit (id int);

            do $$
            begin
              execute 'alter table alerts drop column ' || 'payload';
            end $$;
            """));

        var statement = traces[1].At(3);
        var removed = Assert.Single(statement.Removed);
        Assert.Equal(RemovedKind.Column, removed.Kind);
        Assert.Equal("public.alerts.payload", removed.Identity);
    }

    [Fact]
    public async Task A_table_dropped_by_a_plpgsql_function_called_from_select_is_a_removed_table_with_its_sequence_folded()
    {
        var traces = await TraceRun.ApplyAsync(fixture,
            ("0001_logs.sql", "create table logs (id serial primary key, line text);\ncreate type mood as enum ('ok', 'bad');\n"),
            ("0002_purge.sql", """
                create function purge() returns void language plpgsql as $$
                begin
                  drop table logs;
                  drop type mood;
                end $$;
                select purge();
                """));

        var statement = traces[1].At(6);
        var table = Assert.Single(statement.Removed, r => r.Kind == RemovedKind.Table);
        Assert.Equal("public.logs", table.Identity);
        Assert.Contains("sequence public.logs_id_seq", table.Folded);
        Assert.Contains(statement.Removed, r => r.Kind == RemovedKind.Type && r.Identity == "public.mood");
        Assert.DoesNotContain(statement.Removed, r => r.Kind == RemovedKind.Sequence);
        Assert.DoesNotContain(traces[1].Statements, s => s.Line == 1);
    }

    [Fact]
    public async Task A_dropped_schema_carries_its_tables_instead_of_one_finding_each()
    {
        var traces = await TraceRun.ApplyAsync(fixture,
            ("0001_app.sql", "create schema app;\ncreate table app.a (id int);\ncreate table app.b (id int);\n"),
            ("0002_drop.sql", "drop schema app cascade;\n"));

        var removed = Assert.Single(traces[1].At(1).Removed);
        Assert.Equal(RemovedKind.Schema, removed.Kind);
        Assert.Equal("app", removed.Identity);
        Assert.Equal(["table app.a", "table app.b"], removed.Folded.Order());
    }
}
