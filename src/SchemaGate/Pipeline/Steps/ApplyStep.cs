using System.Diagnostics;
using SchemaGate.Findings;
using SchemaGate.Judgement;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Reporting;
using SchemaGate.Tracing;

namespace SchemaGate.Pipeline.Steps;

/// <summary>What ApplyMigrations did: the runner's result and the traced analysis of every script it applied.</summary>
public sealed record AppliedMigrations(MigrationResult Result, IReadOnlyList<TracedScript> Traces, TracedFindings.Result Traced);

/// <summary>
/// ApplyMigrations: every script from scratch on the ephemeral database, in version order, under the tracer (locks,
/// rewrites, removals and the statements hidden in functions, DO blocks and EXECUTE). A failing script is SG110 and a
/// refusal. A set with duplicate versions is not applied: which of the two would run first is arbitrary.
/// </summary>
public sealed class ApplyStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<AppliedMigrations>> RunAsync(EphemeralDatabase database, MigrationSet set, ChangeSet change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(set);
        if (set.Findings.FirstOrDefault(f => f.Rule == MigrationFileRules.DuplicateVersion) is { } duplicate)
        {
            return new StepOutcome<AppliedMigrations>
            {
                Result = new AppliedMigrations(MigrationResult.Empty, [], new TracedFindings.Result([], [])),
                NotChecked = ["migrations not applied: two files carry the same version (SG101), so their order is undefined"],
                Refusal = $"migrations not applied: {duplicate.Message}",
            };
        }

        var stats = await database.StatementStatsAsync(ct).ConfigureAwait(false);
        await using var tracer = new ScriptTracer(new TracerOptions
        {
            InChange = change.IsEverything ? null : s => change.Includes(s.RelativePath),
            StatsDatabase = stats.Database,
        });
        var sw = Stopwatch.StartNew();
        var progress = ProgressSinks.For(settings.InteractiveProgress, log.Writer);
        var runner = new MigrationRunner(MigrationProgress.Observe(settings.Runner with { Observer = tracer }, progress, set.Scripts.Count));
        MigrationResult result;
        try { result = await runner.ApplyAsync(database.Database, set.Scripts, ct).ConfigureAwait(false); }
        finally { progress.Complete(MigrationProgress.Activity); }
        var elapsed = sw.Elapsed;

        foreach (var a in result.Applied)
            log.Line($"  applied {a.Script.RelativePath} ({a.Statements} statement(s), {a.Duration.TotalMilliseconds:0} ms)");
        var traced = TracedFindings.For(tracer.Traces);
        var locks = tracer.Traces.Sum(t => t.Statements.Sum(s => s.Locks.Count));
        var hidden = tracer.Traces.Sum(t => t.Statements.Sum(s => s.Nested.Count));
        var checks = new List<string>
        {
            $"traced analysis: {tracer.Traces.Count} script(s) observed, {locks} lock(s) on existing relations, " +
            $"{hidden} hidden statement(s) read, {traced.Findings.Count} traced finding(s)",
        };
        var notChecked = stats.Unavailable is { } why
            ? new[] { $"statements hidden in functions, DO blocks, EXECUTE and triggers were not traced: {why}" }
            : [];
        var outcome = new StepOutcome<AppliedMigrations>
        {
            Result = new AppliedMigrations(result, tracer.Traces, traced),
            Timings = [new Timing("apply migrations", elapsed)],
            NotChecked = notChecked,
            Ran = Analyses.Traced | Analyses.Apply,
        };
        if (result.Failure is { } failure)
        {
            return outcome with
            {
                Findings = [RunnerRules.MigrationFailed.Report(failure.Describe(), failure.Script.RelativePath, failure.Line, failure.Column)],
                Checked = checks,
                Refusal = $"{failure.Script.RelativePath}:{failure.Line}:{failure.Column}: {failure.ServerMessage}",
            };
        }
        var server = database.Server;
        return outcome with { Checked = [$"{result.Applied.Count} migration(s) applied from scratch on PostgreSQL {server.ServerVersion}", .. checks] };
    }
}
