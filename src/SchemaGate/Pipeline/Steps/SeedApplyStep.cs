using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Plan;
using SchemaGate.Reporting;
using SchemaGate.Seeds;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// ApplySeeds (Deploy): the seeds applied to production in one transaction (COPY into temporary tables, one set-based
/// statement per table, foreign-key order), after the migrations. Refused while drift stands, and (nothing changed)
/// when mirror mode would delete rows without an SG503 allow.
/// </summary>
public sealed class SeedApplyStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<SeedApplyResult?>> RunAsync(DatabaseUrl production, DeployPlan? plan, CancellationToken ct)
    {
        var mode = settings.SeedMode;
        if (plan is { Drift.Count: > 0 })
        {
            return new StepOutcome<SeedApplyResult?>
            {
                Result = null,
                Findings = [SeedRules.RefusedWhileDrift.Report($"production {production.Display} differs from its migration history ({plan.Drift.Count} change(s)); nothing was seeded")],
                Refusal = $"seeding refused: production {production.Display} has drift ({plan.Drift.Count} change(s)); resolve it first (SG502)",
            };
        }
        try
        {
            var seeds = await SeedSource.LoadAsync(settings.SeedsPath, settings.RepositoryRoot, ct).ConfigureAwait(false);
            if (seeds.Count == 0)
            {
                log.Line($"No seed files in {settings.Relative(settings.SeedsPath)}: nothing to seed.");
                return new StepOutcome<SeedApplyResult?> { Result = new SeedApplyResult(mode, [], TimeSpan.Zero) };
            }
            await using var conn = await Sessions.OpenAsync(production, settings.Session.Writable("schemagate-seed"), ct).ConfigureAwait(false);
            var applier = new SeedApplier(new SeedApplyOptions { LockTimeout = settings.Runner.LockTimeout, StatementTimeout = settings.Runner.StatementTimeout });
            var result = await applier.ApplyAsync(conn, seeds, mode, ct).ConfigureAwait(false);
            foreach (var t in result.Tables)
                log.Line($"  seeded {t.Table}: {t.Insert} inserted, {t.Update} updated, {t.Unchanged} unchanged, {t.Delete} deleted");
            return new StepOutcome<SeedApplyResult?>
            {
                Result = result,
                Checked = [$"seeds applied to production {production.Display} in one transaction ({mode.ToString().ToLowerInvariant()} mode): " +
                           $"{result.Inserted} inserted, {result.Updated} updated, {result.Deleted} deleted in {result.Duration.TotalMilliseconds:0} ms"],
                Timings = [new Timing("seed apply", result.Duration)],
            };
        }
        catch (UsageException ex) when (ex.Message.Contains('\n'))
        {
            log.Line(ex.Message); // every problem, one a line (the target's failure line shows the first)
            throw;
        }
    }
}
