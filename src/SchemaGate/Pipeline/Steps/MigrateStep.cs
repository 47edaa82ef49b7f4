using SchemaGate.Connections;
using SchemaGate.Migrations.Runner;
using SchemaGate.Plan;
using SchemaGate.Production;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// MigrateProduction: the pending scripts the gate saw, under the migration lock, unless production's journal moved
/// since the gate. A failed script leaves nothing of itself; the scripts applied before it stay applied and journaled.
/// </summary>
public sealed class MigrateStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<DeployMigration>> RunAsync(DatabaseUrl production, DeployPlan plan, CancellationToken ct)
    {
        var pending = plan.PendingEffects.Select(e => e.Script).ToArray();
        log.Line($"Migrating production {production.Display}: {pending.Length} pending script(s) " +
                 $"(lock_timeout {settings.Runner.LockTimeout.TotalSeconds:0.#} s, statement_timeout {settings.Runner.StatementTimeout.TotalSeconds:0.#} s).");
        var result = await new ProductionMigrator(Deploy.Options(settings)).MigrateAsync(production, plan.Journal, pending, ct).ConfigureAwait(false);
        foreach (var a in result.Applied)
            log.Line($"  applied to production {a.Script.RelativePath} ({a.Statements} statement(s), {a.Duration.TotalMilliseconds:0} ms)");
        var outcome = new StepOutcome<DeployMigration> { Result = result, Timings = [new Timing("migrate production", result.Duration)] };
        if (result.JournalMoved is { } moved)
        {
            log.Line("  stopped: " + moved);
            return outcome with { Refusal = moved };
        }
        if (result.Failure is { } failure)
        {
            var stayed = result.Applied.Count == 0 ? "no script was applied before it"
                : $"the {result.Applied.Count} script(s) applied before it stay applied and journaled ({string.Join(", ", result.Applied.Select(a => a.Script.RelativePath))})";
            log.Line($"  FAILED in production: {failure.Describe()}");
            log.Line($"  {stayed}; not attempted: {(result.NotAttempted.Count == 0 ? "none" : string.Join(", ", result.NotAttempted))}.");
            return outcome with
            {
                Findings = [RunnerRules.MigrationFailed.Report($"Applying to production failed: {failure.Describe()} In production, {stayed}.",
                    failure.Script.RelativePath, failure.Line, failure.Column)],
                Refusal = $"{failure.Script.RelativePath}:{failure.Line}:{failure.Column} failed in production: {failure.ServerMessage}; {stayed}",
            };
        }
        return outcome with { Checked = [$"{result.Applied.Count} script(s) applied to production under the migration lock"] };
    }

    public static DeploySummary Summarise(DeploySummary summary, DeployMigration result) => summary with
    {
        MigrateStatus = result.JournalMoved is not null ? MigrateStatus.JournalMoved : result.Failure is not null ? MigrateStatus.Failed : MigrateStatus.Applied,
        ScriptsApplied = result.Applied.Select(a => a.Script.RelativePath).ToArray(),
        FailedScript = result.Failure?.Script.RelativePath,
        FailureMessage = result.JournalMoved ?? result.Failure?.Describe(),
        NotAttempted = result.NotAttempted,
    };
}
