using System.Diagnostics;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Plan;
using SchemaGate.Reporting;
using SchemaGate.Seeds;

namespace SchemaGate.Pipeline.Steps;

/// <summary>The seed files read and the plan against production.</summary>
public sealed record SeedPlanning(IReadOnlyList<SeedFile> Seeds, SeedPlan Plan)
{
    public SeedSummary Summary => new(Plan.Mode.ToString().ToLowerInvariant(), Plan.Planned, Plan.Reason,
        Plan.Tables.Select(t => new SeedTableSummary(t.Table, t.File, t.Rows, t.Insert, t.Update, t.Unchanged, t.Delete)).ToArray());
}

/// <summary>
/// SeedProduction in DeployCheck: validates the CSVs in migrations/seeds, loads them into the migrated ephemeral database
/// (SG501 per rejected row), and with a production URL counts per table the rows that would be inserted, updated, left
/// alone or deleted, over a read-only session. Refused (SG502) while DiffAgainstProd found drift. Mirror mode's deletes
/// are SG503 (a seed file's allow accepts them).
/// </summary>
public sealed class SeedPlanStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<SeedPlanning>> RunAsync(DatabaseUrl? production, DatabaseUrl migrated, DeployPlan? plan, CancellationToken ct)
    {
        try
        {
            return await PlanAsync(production, migrated, plan, ct).ConfigureAwait(false);
        }
        catch (UsageException ex) when (ex.Message.Contains('\n'))
        {
            log.Line(ex.Message); // every problem, one a line (the target's failure line shows the first)
            throw;
        }
    }

    private async Task<StepOutcome<SeedPlanning>> PlanAsync(DatabaseUrl? production, DatabaseUrl migrated, DeployPlan? plan, CancellationToken ct)
    {
        var mode = settings.SeedMode;
        var seeds = await SeedSource.LoadAsync(settings.SeedsPath, settings.RepositoryRoot, ct).ConfigureAwait(false);
        if (seeds.Count == 0)
        {
            log.Line($"No seed files in {settings.Relative(settings.SeedsPath)}: nothing to seed.");
            return new StepOutcome<SeedPlanning> { Result = new SeedPlanning(seeds, new SeedPlan(mode, false, "no seed files", [])) };
        }

        var findings = new List<Finding>();
        var checks = new List<string>();
        var timings = new List<Timing>();
        var sw = Stopwatch.StartNew();
        IReadOnlyList<SeedFile> ordered;
        await using (var conn = await Sessions.OpenScratchAsync(migrated, ct).ConfigureAwait(false))
        {
            var shapes = await SeedCatalog.ReadAsync(conn, seeds, ct).ConfigureAwait(false);
            SeedValidator.Validate(seeds, shapes);
            ordered = SeedOrder.Sort(seeds, shapes);
            var rejected = await SeedLoader.LoadAsync(conn, ordered, shapes, ct).ConfigureAwait(false);
            findings.AddRange(rejected);
            foreach (var f in rejected) log.Line($"  {f.Location}: {f.Message}");
            checks.Add($"{seeds.Count} seed file(s) ({seeds.Sum(s => s.Rows.Count)} rows) loaded into the migrated ephemeral database" +
                       (rejected.Count > 0 ? $": {rejected.Count} row(s) rejected" : ""));
        }
        timings.Add(new Timing("seed load", sw.Elapsed));
        log.Line($"Seeds ({mode.ToString().ToLowerInvariant()} mode), in foreign-key order: {string.Join(", ", ordered.Select(s => s.QualifiedName))}");

        SeedPlan seedPlan;
        if (production is null)
            seedPlan = new SeedPlan(mode, false, "no production URL given", []);
        else if (plan is { Drift.Count: > 0 })
        {
            findings.Add(SeedRules.RefusedWhileDrift.Report(
                $"production {production.Display} differs from its migration history ({plan.Drift.Count} change(s)); the seed plan was not computed"));
            seedPlan = new SeedPlan(mode, false, "refused while drift stands", []);
        }
        else
        {
            sw.Restart();
            try
            {
                await using var conn = await Sessions.OpenAsync(production, settings.Session.ReadOnly(DatabaseRole.Production), ct).ConfigureAwait(false);
                seedPlan = new SeedPlan(mode, true, null, await SeedPlanner.PlanAsync(conn, ordered, mode, ct).ConfigureAwait(false));
            }
            catch (PostgresException ex) when (ex.SqlState is not ("55P03" or "57014"))
            {
                findings.Add(SeedRules.DoesNotFitProduction.Report($"planning the seeds against production failed: {ex.MessageText}"));
                seedPlan = new SeedPlan(mode, false, "the plan failed on production", []);
            }
            timings.Add(new Timing("seed plan", sw.Elapsed));
        }

        if (mode == SeedMode.Mirror)
        {
            foreach (var seed in ordered)
            {
                var deletes = seedPlan.Tables.FirstOrDefault(t => t.Table == seed.QualifiedName)?.Delete;
                if (seedPlan.Planned && deletes == 0) continue;
                findings.Add(SeedRules.MirrorDeletes.Report(deletes is { } n
                        ? $"--seed-mode mirror deletes {n} row(s) of {seed.QualifiedName} that the CSV does not list"
                        : $"--seed-mode mirror deletes every row of {seed.QualifiedName} that the CSV does not list (count unknown: production not compared)",
                    seed.RelativePath, 1, obj: seed.QualifiedName));
            }
        }

        var notChecked = new List<string>();
        if (seedPlan.Planned)
        {
            foreach (var table in seedPlan.Tables) log.Line("  " + table.Describe());
            checks.Add($"seed plan against production ({mode.ToString().ToLowerInvariant()} mode): " +
                       string.Join("; ", seedPlan.Tables.Select(t => $"{t.Table}: {t.Insert} to insert, {t.Update} to update, {t.Unchanged} unchanged, {t.Delete} to delete")));
        }
        else
        {
            log.Line($"Seed plan against production not computed: {seedPlan.Reason}.");
            notChecked.Add($"seed plan against production not computed: {seedPlan.Reason}");
        }
        return new StepOutcome<SeedPlanning>
        {
            Result = new SeedPlanning(seeds, seedPlan),
            Findings = findings,
            Checked = checks,
            NotChecked = notChecked,
            Timings = timings,
            Ran = Analyses.Seeds,
        };
    }
}
