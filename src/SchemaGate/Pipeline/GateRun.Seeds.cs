using SchemaGate.Production;
using System.Diagnostics;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Reporting;
using SchemaGate.Seeds;

namespace SchemaGate.Pipeline;

/// <summary>SeedProduction: reference data from migrations/seeds/*.csv, planned in DeployCheck and applied in Deploy.</summary>
public sealed partial class GateRun
{
    private TimeSpan SeedConnectTimeout => Settings.ConnectTimeout;

    /// <summary>Set by <see cref="PlanSeedsAsync"/>: per table what seeding would do to production.</summary>
    public SeedPlan? SeedPlan { get; private set; }

    /// <summary>The seed plan as the report shows it.</summary>
    public SeedSummary? SeedSummary { get; private set; }

    /// <summary>The seed folder: <c>seeds/</c> inside the migrations folder.</summary>
    public string SeedsPath => Path.Combine(Settings.MigrationsPath, "seeds");

    /// <summary>
    /// SeedProduction in DeployCheck: validates the CSVs, loads them into the migrated ephemeral database (SG501 per
    /// rejected row), and with a production URL counts per table the rows that would be inserted, updated, left alone
    /// or deleted, over a read-only session. Refused (SG502) while DiffAgainstProd found drift.
    /// </summary>
    public async Task<SeedPlan> PlanSeedsAsync(DatabaseUrl? production, SeedMode mode, CancellationToken ct)
    {
        try
        {
            return await PlanSeedsCoreAsync(production, mode, ct).ConfigureAwait(false);
        }
        catch (UsageException ex) when (ex.Message.Contains('\n'))
        {
            output.WriteLine(ex.Message); // every problem, one a line (the target's failure line shows the first)
            throw;
        }
    }

    private async Task<SeedPlan> PlanSeedsCoreAsync(DatabaseUrl? production, SeedMode mode, CancellationToken ct)
    {
        var seeds = await SeedSource.LoadAsync(SeedsPath, Settings.RepositoryRoot, ct).ConfigureAwait(false);
        if (seeds.Count == 0)
        {
            output.WriteLine($"No seed files in {Relative(SeedsPath)}: nothing to seed.");
            return Remember(new SeedPlan(mode, false, "no seed files", []));
        }
        if (ScratchDatabase is null || Applied is null) throw new InvalidOperationException("SeedProduction needs ApplyMigrations first.");

        var sw = Stopwatch.StartNew();
        IReadOnlyList<SeedFile> ordered;
        await using (var conn = new NpgsqlConnection(ScratchDatabase.With(b => b.Pooling = false).ConnectionString))
        {
            await conn.OpenAsync(ct).ConfigureAwait(false);
            var shapes = await SeedCatalog.ReadAsync(conn, seeds, ct).ConfigureAwait(false);
            SeedValidator.Validate(seeds, shapes);
            ordered = SeedOrder.Sort(seeds, shapes);
            var rejected = await SeedLoader.LoadAsync(conn, ordered, shapes, ct).ConfigureAwait(false);
            Findings.AddRange(rejected);
            foreach (var f in rejected) output.WriteLine($"  {f.Location}: {f.Message}");
            CheckDone($"{seeds.Count} seed file(s) ({seeds.Sum(s => s.Rows.Count)} rows) loaded into the migrated ephemeral database" +
                      (rejected.Count > 0 ? $": {rejected.Count} row(s) rejected" : ""));
        }
        _timings.Add(new Timing("seed load", sw.Elapsed));
        output.WriteLine($"Seeds ({mode.ToString().ToLowerInvariant()} mode), in foreign-key order: {string.Join(", ", ordered.Select(s => s.QualifiedName))}");

        SeedPlan plan;
        if (production is null)
            plan = new SeedPlan(mode, false, "no production URL given", []);
        else if (Drift is { Drift.Count: > 0 } drift)
        {
            Findings.Add(SeedRules.RefusedWhileDrift.Report(
                $"production {production.Display} differs from its migration history ({drift.Drift.Count} change(s)); the seed plan was not computed"));
            plan = new SeedPlan(mode, false, "refused while drift stands", []);
        }
        else
        {
            sw.Restart();
            try
            {
                await using var conn = await ProductionConnection.OpenAsync(production, SeedConnectTimeout, ct).ConfigureAwait(false);
                plan = new SeedPlan(mode, true, null, await SeedPlanner.PlanAsync(conn, ordered, mode, ct).ConfigureAwait(false));
            }
            catch (PostgresException ex)
            {
                Findings.Add(SeedRules.DoesNotFitProduction.Report($"planning the seeds against production failed: {ex.MessageText}"));
                plan = new SeedPlan(mode, false, "the plan failed on production", []);
            }
            _timings.Add(new Timing("seed plan", sw.Elapsed));
        }

        if (mode == SeedMode.Mirror)
        {
            foreach (var seed in ordered)
            {
                var deletes = plan.Tables.FirstOrDefault(t => t.Table == seed.QualifiedName)?.Delete;
                if (plan.Planned && deletes == 0) continue;
                var finding = SeedRules.MirrorDeletes.Report(deletes is { } n
                        ? $"--seed-mode mirror deletes {n} row(s) of {seed.QualifiedName} that the CSV does not list"
                        : $"--seed-mode mirror deletes every row of {seed.QualifiedName} that the CSV does not list (count unknown: production not compared)",
                    seed.RelativePath, 1, obj: seed.QualifiedName);
                Findings.Add(seed.AllowDelete is { } allow
                    ? finding with { Suppressed = new Suppression("allow", allow.Reason, seed.RelativePath, allow.Line) }
                    : finding);
            }
        }

        if (plan.Planned)
        {
            foreach (var table in plan.Tables) output.WriteLine("  " + table.Describe());
            CheckDone($"seed plan against production ({mode.ToString().ToLowerInvariant()} mode): " +
                      string.Join("; ", plan.Tables.Select(t =>
                          $"{t.Table}: {t.Insert} to insert, {t.Update} to update, {t.Unchanged} unchanged, {t.Delete} to delete")));
        }
        else
        {
            output.WriteLine($"Seed plan against production not computed: {plan.Reason}.");
            CheckNotDone($"seed plan against production not computed: {plan.Reason}");
        }
        return Remember(plan);
    }

    /// <summary>
    /// SeedProduction in Deploy: applies the seeds to production in one transaction (COPY into temporary tables, one
    /// set-based statement per table, foreign-key order). Self-contained: reads the CSVs and production's catalog itself.
    /// Refused while drift stands, and (nothing changed) when mirror mode would delete rows without an SG503 allow.
    /// </summary>
    public async Task<SeedApplyResult> ApplySeedsAsync(DatabaseUrl production, SeedMode mode, CancellationToken ct)
    {
        if (Drift is { Drift.Count: > 0 } drift)
        {
            Findings.Add(SeedRules.RefusedWhileDrift.Report($"production {production.Display} differs from its migration history ({drift.Drift.Count} change(s)); nothing was seeded"));
            throw new GateRefusedException($"seeding refused: production {production.Display} has drift ({drift.Drift.Count} change(s)); resolve it first (SG502)");
        }
        IReadOnlyList<SeedFile> seeds;
        try
        {
            seeds = await SeedSource.LoadAsync(SeedsPath, Settings.RepositoryRoot, ct).ConfigureAwait(false);
        }
        catch (UsageException ex) when (ex.Message.Contains('\n'))
        {
            output.WriteLine(ex.Message);
            throw;
        }
        if (seeds.Count == 0)
        {
            output.WriteLine($"No seed files in {Relative(SeedsPath)}: nothing to seed.");
            return new SeedApplyResult(mode, [], TimeSpan.Zero);
        }

        await using var conn = await ProductionSession.OpenAsync(production, SeedConnectTimeout, "schemagate-seed", null, ct).ConfigureAwait(false);

        var applier = new SeedApplier(new SeedApplyOptions { LockTimeout = Settings.Runner.LockTimeout, StatementTimeout = Settings.Runner.StatementTimeout });
        SeedApplyResult result;
        try
        {
            result = await applier.ApplyAsync(conn, seeds, mode, ct).ConfigureAwait(false);
        }
        catch (UsageException ex) when (ex.Message.Contains('\n'))
        {
            output.WriteLine(ex.Message);
            throw;
        }
        _timings.Add(new Timing("seed apply", result.Duration));
        foreach (var t in result.Tables)
            output.WriteLine($"  seeded {t.Table}: {t.Insert} inserted, {t.Update} updated, {t.Unchanged} unchanged, {t.Delete} deleted");
        CheckDone($"seeds applied to production {production.Display} in one transaction ({mode.ToString().ToLowerInvariant()} mode): " +
                  $"{result.Inserted} inserted, {result.Updated} updated, {result.Deleted} deleted in {result.Duration.TotalMilliseconds:0} ms");
        return result;
    }

    private SeedPlan Remember(SeedPlan plan)
    {
        SeedPlan = plan;
        SeedSummary = new SeedSummary(plan.Mode.ToString().ToLowerInvariant(), plan.Planned, plan.Reason,
            plan.Tables.Select(t => new SeedTableSummary(t.Table, t.File, t.Rows, t.Insert, t.Update, t.Unchanged, t.Delete)).ToArray());
        return plan;
    }
}
