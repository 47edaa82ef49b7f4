using System.Diagnostics;
using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Plan;
using SchemaGate.Reporting;
using SchemaGate.Tracing;

namespace SchemaGate.Pipeline.Steps;

/// <summary>What DiffAgainstProd made: the deploy plan, and the traced analysis of the pending scripts on top of production's history.</summary>
public sealed record DriftCheckResult(DeployPlan Plan, TracedFindings.Result Traced);

/// <summary>
/// DiffAgainstProd: reads production read-only, rebuilds the schema its journal implies on the ephemeral server, reports
/// journal problems (SG12x) and drift (SG4xx), then applies each pending script on top, traced, and records its changes.
/// Without a production URL it says drift was not checked.
/// </summary>
public sealed class DriftStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<DriftCheckResult>> RunAsync(DatabaseUrl production, EphemeralDatabase database, MigrationSet set, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(database);
        var stats = await database.StatementStatsAsync(ct).ConfigureAwait(false);
        await using var tracer = new ScriptTracer(new TracerOptions { InChange = _ => true, StatsDatabase = stats.Database });
        var sw = Stopwatch.StartNew();
        var options = new DriftOptions { Runner = settings.Runner, Filter = settings.Filter, Session = settings.Session };
        var plan = await new DriftCheck(database.Server, options) { PendingObserver = tracer }.RunAsync(production, set, ct).ConfigureAwait(false);
        var elapsed = sw.Elapsed;

        log.Line($"Production {production.Display}: PostgreSQL {plan.ProductionVersion}, {plan.Journal.Count} journal row(s), " +
                 $"{plan.PendingScripts} pending script(s), read-only session: {(plan.ProductionSessionReadOnly ? "yes" : "no")}.");
        foreach (var note in plan.Notes) log.Line("  note: " + note);
        foreach (var change in plan.Drift) log.Line("  drift " + DriftFindings.Describe(change));
        foreach (var effect in plan.PendingEffects) log.Line($"  {effect.Script.RelativePath}: {effect.Changes.Count} change(s)");

        var traced = TracedFindings.For(tracer.Traces);
        var removals = TracedFindings.FromRemovals(plan.PendingEffects);
        var check = !plan.DriftChecked
            ? null
            : plan.NotYetDeployed
                ? $"production {production.Display} checked: not yet deployed (empty, no journal)"
                : $"production {production.Display} compared with its history ({plan.ReplayedScripts} journaled script(s) replayed): {plan.Drift.Count} drift change(s)";
        return new StepOutcome<DriftCheckResult>
        {
            Result = new DriftCheckResult(plan, traced with { Findings = [.. traced.Findings, .. removals] }),
            Findings = plan.Findings,
            Checked = check is null ? [] : [check],
            NotChecked = check is null ? ["drift not checked: production's history could not be rebuilt on the ephemeral server"] : [],
            Timings = [new Timing("drift check", elapsed)],
            Ran = Analyses.Drift | Analyses.Traced,
        };
    }
}
