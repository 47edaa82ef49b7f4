using Npgsql;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Reporting;

/// <summary>
/// A statement observer that reports "applying migrations: n/total" to a progress sink, passing every call on to the
/// observer already configured (the traced analysis), so progress never replaces it; that observer's batched probes
/// still ride in the statement's round trip.
/// </summary>
public sealed class MigrationProgress(IProgressSink sink, int total, IStatementObserver? inner) : IBatchedStatementObserver
{
    public const string Activity = "applying migrations";
    private int _done;

    /// <summary>Runner options whose observer also reports progress for <paramref name="total"/> scripts.</summary>
    public static MigrationRunnerOptions Observe(MigrationRunnerOptions options, IProgressSink sink, int total) =>
        options with { Observer = new MigrationProgress(sink, total, options.Observer) };

    public async Task BeforeScriptAsync(NpgsqlConnection conn, MigrationScript script, CancellationToken ct)
    {
        sink.Report(new ProgressUpdate(Activity, _done, total, script.RelativePath));
        if (inner is not null) await inner.BeforeScriptAsync(conn, script, ct).ConfigureAwait(false);
    }

    public Task AfterStatementAsync(NpgsqlConnection conn, MigrationScript script, SqlStatement statement, CancellationToken ct) =>
        inner?.AfterStatementAsync(conn, script, statement, ct) ?? Task.CompletedTask;

    public NpgsqlBatchCommand? ProbeFor(MigrationScript script, SqlStatement statement) =>
        (inner as IBatchedStatementObserver)?.ProbeFor(script, statement);

    public Task ReadProbeAsync(NpgsqlDataReader reader, MigrationScript script, SqlStatement statement, CancellationToken ct) =>
        (inner as IBatchedStatementObserver)?.ReadProbeAsync(reader, script, statement, ct) ?? Task.CompletedTask;

    public async Task AfterScriptAsync(NpgsqlConnection conn, MigrationScript script, CancellationToken ct)
    {
        if (inner is not null) await inner.AfterScriptAsync(conn, script, ct).ConfigureAwait(false);
        _done++;
        sink.Report(new ProgressUpdate(Activity, _done, total, null));
        if (_done >= total) sink.Complete(Activity);
    }
}
