using SchemaGate.Drift;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Plan;

namespace SchemaGate.IntegrationTests.Drift;

/// <summary>
/// DiffAgainstProd applies the pending scripts in batches with one snapshot per batch: what it records for each script
/// must be exactly what a snapshot after every script records, whether the batch could be split by script or had to be
/// taken again one script at a time; and a long backlog reports its progress.
/// </summary>
public sealed class PendingBatchTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    // Scripts that touch separate objects: split without taking anything again.
    private static readonly (string, string)[] Independent =
    [
        ("0004_orders.sql", "create table orders (id bigserial primary key, account_id bigint references accounts (id), total numeric(10,2) default 0);"),
        ("0005_order_index.sql", "create index orders_total_idx on orders (total);"),
        ("0006_mood.sql", "create type mood as enum ('sad', 'ok');"),
        ("0007_notes.sql", "create table notes (id int primary key, body text not null, m mood);\ncomment on table notes is 'free text';"),
        ("0008_accounts_name.sql", "alter table accounts add column name text;"),
        ("0009_dynamic.sql", "do $$ begin execute 'create table dyn_' || 'one (id int)'; end $$;"),
        ("0010_view.sql", "create view big_orders as select id, total from orders where total > 100;"),
        ("0011_fn.sql", "create function order_total(p bigint) returns numeric language sql stable as $$ select total from orders where id = p $$;"),
        ("0012_nothing.sql", "select 1;"),
        ("0013_drop_label.sql", "drop function account_label(text);"),
    ];

    // Groups of scripts that undo or redo one another inside a batch (and a plain script so the batch has company).
    public static TheoryData<string, bool> Entangled => new()
    {
        { "create table tmp (id int);|alter table tmp add column note text;|drop table tmp;|create table other (id int);", true },
        { "create or replace function account_label(p_email text) returns text language sql immutable as $$ select upper(p_email) $$;|" +
          "create or replace function account_label(p_email text) returns text language sql immutable as $$ select initcap(p_email) $$;", true },
        { "create table parent (id int primary key);\ncreate table child (id int, p int references parent);|drop table parent cascade;", true },
        { "alter table accounts add column a int;|create index accounts_a_idx on accounts (a);|alter table accounts add column b int;", true },
        { "grant select on accounts to public;|create table other (id int);", false },
        { "alter table accounts rename column email to mail;|create index accounts_mail_idx on accounts (mail);|create table other (id int);", false },
    };

    private async Task<(DeployPlan Plan, DriftCheck Check, List<string> Progress)> RunAsync(DriftScenario scenario, int batchSize, int progressFrom = 100)
    {
        var set = await scenario.Files.LoadAsync();
        var progress = new List<string>();
        var check = new DriftCheck(fixture.Server, new DriftOptions())
        {
            PendingBatchSize = batchSize,
            Progress = progress.Add,
            ProgressFrom = progressFrom,
        };
        var plan = await check.RunAsync(scenario.Production, set, CancellationToken.None);
        return (plan, check, progress);
    }

    private static List<string> Describe(DeployPlan plan) =>
    [
        .. plan.PendingEffects.Select(e => e.Script.FileName + ": " + string.Join("; ", e.Changes.Select(c =>
            $"{c.Kind} {c.ObjectKind} {c.Identity} {string.Join(",", c.Attributes.Select(a => $"{a.Name}:{a.Before}->{a.After}"))}"))),
    ];

    private static string Expected(DeployPlan plan) => SchemaGate.Catalog.SnapshotJson.WriteToString(plan.ExpectedAfterDeploy!);

    [Fact]
    public async Task Scripts_on_separate_objects_are_split_from_one_snapshot_exactly_as_one_snapshot_per_script_says()
    {
        using var scenario = await DriftScenario.CreateAsync(fixture, DriftScenario.History, Independent);
        var (one, oneCheck, _) = await RunAsync(scenario, batchSize: 1);
        var (batched, check, _) = await RunAsync(scenario, batchSize: 250);

        Assert.Equal(Independent.Length, oneCheck.PendingSnapshots);
        Assert.Equal([], check.PendingRetakeReasons);
        Assert.Equal(1, check.PendingSnapshots);
        Assert.Equal(Describe(one), Describe(batched));
        Assert.Equal(Expected(one), Expected(batched));
        Assert.Contains(Describe(batched), d => d.StartsWith("0004_orders.sql: Added Table public.orders", StringComparison.Ordinal));
        Assert.Contains(Describe(batched), d => d.StartsWith("0013_drop_label.sql: Removed Function public.account_label", StringComparison.Ordinal));
        Assert.Contains("0012_nothing.sql: ", Describe(batched));
    }

    [Fact]
    public async Task On_an_empty_production_the_journal_the_runner_creates_does_not_stop_the_split()
    {
        using var scenario = await DriftScenario.CreateAsync(fixture, [], [.. DriftScenario.History, .. Independent[..4]]);
        var (one, _, _) = await RunAsync(scenario, batchSize: 1);
        var (batched, check, _) = await RunAsync(scenario, batchSize: 250);

        Assert.Equal([], check.PendingRetakeReasons);
        Assert.Equal(1, check.PendingSnapshots);
        Assert.Equal(Describe(one), Describe(batched));
        Assert.Equal(Expected(one), Expected(batched));
    }

    [Fact]
    public async Task A_probe_a_script_dropped_refuses_the_split_instead_of_failing()
    {
        var db = await fixture.CreateDatabaseAsync("probe-gone");
        try
        {
            var probe = await DdlProbe.TryInstallAsync(db, CancellationToken.None);
            Assert.NotNull(probe);
            await using (var conn = new Npgsql.NpgsqlConnection(db.ConnectionString))
            {
                await conn.OpenAsync();
                // The journal is there (the runner made it): only the probe is missing.
                await new SchemaGate.Migrations.Journal.MigrationJournal(new SchemaGate.Migrations.Journal.JournalOptions()).EnsureAsync(conn, CancellationToken.None);
                await using var cmd = new Npgsql.NpgsqlCommand($"DROP SCHEMA {probe.Schema} CASCADE", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            var empty = new SchemaGate.Catalog.SchemaSnapshot("15", 15, []);
            var split = await probe.SplitAsync(db, new SchemaGate.Migrations.Journal.JournalOptions(), [], empty, empty, SchemaGate.Diff.DiffOptions.Default, CancellationToken.None);
            Assert.Null(split);
            Assert.StartsWith("the probe could not be read", probe.Refusal, StringComparison.Ordinal);
            Assert.Contains(probe.Schema, probe.Refusal, StringComparison.Ordinal);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await fixture.Server.DropDatabaseAsync(db, CancellationToken.None);
        }
    }

    [Theory]
    [MemberData(nameof(Entangled))]
    public async Task Scripts_that_touch_the_same_objects_are_taken_again_one_by_one_and_still_match(string scripts, bool mustRetake)
    {
        var files = scripts.Split('|').Select((sql, i) => ($"{i + 4:0000}_s.sql", sql)).ToArray();
        using var scenario = await DriftScenario.CreateAsync(fixture, DriftScenario.History, files);
        var (one, _, _) = await RunAsync(scenario, batchSize: 1);
        var (batched, check, _) = await RunAsync(scenario, batchSize: 250);

        Assert.True(one.PendingEffects.Count == files.Length, string.Join("; ", one.Findings.Select(f => f.Message)));
        if (mustRetake) Assert.True(check.PendingRetakes >= 1, "an entangled batch must be taken again script by script");
        Assert.Equal(Describe(one), Describe(batched));
        Assert.Equal(Expected(one), Expected(batched));
    }

    [Fact]
    public async Task A_failing_pending_script_in_a_batch_keeps_the_effects_before_it_and_reports_progress()
    {
        (string, string)[] scripts =
        [
            .. Independent[..5],
            ("0009_broken.sql", "create table broken (id int references nowhere (id));"),
            ("0010_after.sql", "create table after_broken (id int);"),
        ];
        using var scenario = await DriftScenario.CreateAsync(fixture, DriftScenario.History, scripts);
        var (one, _, _) = await RunAsync(scenario, batchSize: 1);
        var (batched, _, progress) = await RunAsync(scenario, batchSize: 2, progressFrom: 1);

        Assert.Equal(Describe(one), Describe(batched));
        Assert.Equal(5, batched.PendingEffects.Count);
        Assert.Null(batched.ExpectedAfterDeploy);
        Assert.Contains(batched.Findings, f => f.Message.Contains("0009_broken.sql", StringComparison.Ordinal));
        Assert.Equal(["2/7", "4/7"], progress.Select(p => p.Split(' ')[1]).ToArray());
        Assert.All(progress, p => Assert.Contains("pending scripts applied and compared", p, StringComparison.Ordinal));
    }
}
