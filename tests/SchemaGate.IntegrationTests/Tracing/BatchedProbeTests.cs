using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Reporting;
using SchemaGate.Tracing;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>
/// Inside a script's transaction the tracer's after-statement probe travels in the statement's own batch: a statement
/// that returns rows must not be mistaken for the probe, and a failing statement must fail exactly as without the tracer.
/// </summary>
public sealed class BatchedProbeTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string Alerts = "create table alerts (id bigint primary key, level int not null);\n" +
                                  "insert into alerts select g, g % 5 from generate_series(1, 20) g;\n";

    [Fact]
    public async Task A_statement_that_returns_rows_is_skipped_and_the_probe_after_it_is_read()
    {
        var traces = await TraceRun.ApplyAsync(fixture, ("0001_alerts.sql", Alerts),
            ("0002_peek.sql", "select id, level from alerts order by id;\nalter table alerts add column flag int default 0;\n"));

        Assert.Equal("AccessShareLock", Assert.Single(traces[1].At(1).Locks, l => l.Relation == "public.alerts").Mode);
        Assert.Equal("AccessExclusiveLock", Assert.Single(traces[1].At(2).Locks, l => l.Relation == "public.alerts").Mode);
    }

    [Fact]
    public async Task A_failing_statement_fails_at_the_same_place_with_and_without_the_tracer_and_nothing_stays()
    {
        var files = new[]
        {
            ("0001_alerts.sql", Alerts),
            ("0002_broken.sql", "alter table alerts add column flag int;\nalter table alerts add column nope no_such_type;\n"),
        };
        var plain = await ApplyAsync(files, new MigrationRunnerOptions());
        var tracer = new ScriptTracer();
        var traced = await ApplyAsync(files, tracer);

        Assert.True(tracer.BatchedProbes > 0, "the probes inside the transaction should have travelled with their statements");
        Assert.NotNull(plain.Result.Failure);
        Assert.NotNull(traced.Result.Failure);
        Assert.Equal((2, 36, "42704"), (traced.Result.Failure.Line, traced.Result.Failure.Column, traced.Result.Failure.SqlState));
        Assert.Equal((plain.Result.Failure.Line, plain.Result.Failure.Column, plain.Result.Failure.ServerMessage),
            (traced.Result.Failure.Line, traced.Result.Failure.Column, traced.Result.Failure.ServerMessage));
        Assert.Equal(0L, await Db.ScalarAsync<long>(traced.Db,
            "select count(*) from information_schema.columns where table_name = 'alerts' and column_name = 'flag'"));
        Assert.DoesNotContain(tracer.Traces, t => t.Script.FileName == "0002_broken.sql");
    }

    [Fact]
    public async Task Behind_the_progress_observer_the_probes_still_ride_with_their_statements_and_trace_the_same()
    {
        var files = new[]
        {
            ("0001_alerts.sql", Alerts),
            ("0002_alter.sql", "alter table alerts alter column level type bigint;\n"),
        };
        var tracer = new ScriptTracer();
        var progress = new StringWriter();
        var options = MigrationProgress.Observe(new MigrationRunnerOptions { Observer = tracer }, new PlainProgressSink(progress), 2);
        var (result, _) = await ApplyAsync(files, options);

        Assert.True(result.Succeeded, result.Failure?.Describe());
        Assert.True(tracer.BatchedProbes > 0, "the progress observer should pass the tracer's probes on to the runner");
        var alter = tracer.Traces[1].At(1);
        Assert.Equal("AccessExclusiveLock", Assert.Single(alter.Locks, l => l.Relation == "public.alerts").Mode);
        Assert.Contains(alter.Rewrites, r => r.Relation == "public.alerts");
    }

    private Task<(MigrationResult Result, Connections.DatabaseUrl Db)> ApplyAsync((string, string)[] files, ScriptTracer? tracer) =>
        ApplyAsync(files, new MigrationRunnerOptions { Observer = tracer });

    private async Task<(MigrationResult Result, Connections.DatabaseUrl Db)> ApplyAsync((string, string)[] files, MigrationRunnerOptions options)
    {
        using var repo = new TempMigrations(files);
        var set = await repo.LoadAsync();
        var db = await fixture.CreateDatabaseAsync("batched");
        var result = await new MigrationRunner(options).ApplyAsync(db, set.Scripts, CancellationToken.None);
        return (result, db);
    }
}
