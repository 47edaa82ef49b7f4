using System.Numerics;
using SchemaGate.Baseline;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Pipeline.Steps;
using SchemaGate.Plan;
using SchemaGate.Production;
using SchemaGate.Reporting;
using SchemaGate.Rollback;
using SchemaGate.Judgement;
using SchemaGate.Migrations.Journal;

namespace SchemaGate.Pipeline;

/// <summary>
/// The targets that write to production (BackupProduction, MigrateProduction, ApplySeeds, VerifyProduction, Baseline,
/// Rollback) and the file targets (Snapshot, ReportDrift). The deploy targets run only after a passing gate that
/// compared production with its history, and rewrite the reports when done (also after a failure or Ctrl+C), so the
/// reports say what happened to production.
/// </summary>
public sealed partial class GatePipeline
{
    private DeploySummary? _deploy;
    private BackupResult? _backup;
    private readonly List<string> _failedProductionTargets = [];

    public async Task BackupProductionAsync(CancellationToken ct)
    {
        var (production, _) = RequireGatePassed("BackupProduction");
        await ProductionStepAsync("BackupProduction", production, () => TakeBackupAsync(production, ct)).ConfigureAwait(false);
    }

    /// <summary>The verified backup itself; Rollback takes one too, without a gate (rolling back is the way out of a bad deploy).</summary>
    private async Task TakeBackupAsync(DatabaseUrl production, CancellationToken ct)
    {
        var database = await EphemeralAsync(ct).ConfigureAwait(false);
        var outcome = await new BackupStep(Settings, Log).RunAsync(production, database, ct).ConfigureAwait(false);
        _backup = outcome.Result;
        _deploy = (_deploy ?? new DeploySummary()) with { Backup = BackupStep.Summary(outcome.Result) };
        Run.Record(outcome);
    }

    public async Task MigrateProductionAsync(CancellationToken ct)
    {
        var (production, plan) = RequireGatePassed("MigrateProduction");
        await ProductionStepAsync("MigrateProduction", production, async () =>
        {
            var outcome = await new MigrateStep(Settings, Log).RunAsync(production, plan, ct).ConfigureAwait(false);
            _deploy = MigrateStep.Summarise(_deploy ?? new DeploySummary(), outcome.Result);
            Run.Record(outcome);
        }, plan).ConfigureAwait(false);
    }

    public async Task ApplySeedsAsync(CancellationToken ct)
    {
        var (production, plan) = RequireGatePassed("ApplySeeds");
        await ProductionStepAsync("ApplySeeds", production, async () =>
            Run.Record(await new SeedApplyStep(Settings, Log).RunAsync(production, plan, ct).ConfigureAwait(false))).ConfigureAwait(false);
    }

    public async Task VerifyProductionAsync(CancellationToken ct)
    {
        var (production, plan) = RequireGatePassed("VerifyProduction");
        await ProductionStepAsync("VerifyProduction", production, async () =>
        {
            var outcome = await new VerifyStep(Settings, Log).RunAsync(production, plan.ExpectedAfterDeploy!, _backup?.File, ct).ConfigureAwait(false);
            _deploy = (_deploy ?? new DeploySummary()) with
            {
                VerifyStatus = outcome.Result.Count == 0 ? VerifyStatus.Matches : VerifyStatus.Differs,
                VerifyDifferences = outcome.Result.Count,
            };
            Run.Record(outcome);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a step that writes to production, and whatever happens writes the reports again so they say what happened
    /// to production. A step that failed marks its target failed (the verdict is never a pass then). A step that stopped
    /// half way for a reason outside the scripts (connection lost, server shut down, Ctrl+C) also says the cause in words
    /// and which scripts production's journal records now, read back over a fresh session (or the query to run when it
    /// cannot be read), on the console and in every report.
    /// </summary>
    private async Task ProductionStepAsync(string target, DatabaseUrl production, Func<Task> step, DeployPlan? plan = null)
    {
        try
        {
            await step().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _failedProductionTargets.Add(target);
            if (ex is not SchemaGateException) await RecordFaultAsync(target, production, ex, plan).ConfigureAwait(false);
            throw;
        }
        finally
        {
            await RewriteReportAsync().ConfigureAwait(false);
        }
    }

    private async Task RecordFaultAsync(string target, DatabaseUrl production, Exception ex, DeployPlan? plan)
    {
        var cause = FaultCause.Describe(ex);
        var readBack = await JournalReadBack.ReadAsync(production, Settings.Runner.Journal, Settings.ConnectTimeout).ConfigureAwait(false);
        var has = readBack.Rows?.Select(r => r.ScriptName).ToArray();
        var fault = new DeployFault(target, cause, has, readBack.Unavailable, readBack.Query);
        var summary = _deploy ?? new DeploySummary();
        if (plan is not null)
        {
            // Which of the scripts this deploy meant to apply production has now, by the journal read back.
            var pending = plan.PendingEffects.Select(e => e.Script).ToList();
            var recorded = readBack.Rows is null ? null : JournalEntry.RecordedFileNames(readBack.Rows);
            var applied = recorded is null ? [] : pending.Where(s => recorded.Contains(s.FileName)).Select(s => s.RelativePath).ToArray();
            summary = summary with
            {
                MigrateStatus = MigrateStatus.Interrupted,
                ScriptsApplied = applied,
                NotAttempted = readBack.Rows is null ? [] : pending.Select(s => s.RelativePath).Except(applied).ToArray(),
                FailureMessage = cause,
            };
        }
        _deploy = summary with { Fault = fault };
        Log.Line(fault.Describe());
    }
    /// <summary>The deploy targets write production only after a passing gate that compared production with its history.</summary>
    private (DatabaseUrl Production, DeployPlan Plan) RequireGatePassed(string target)
    {
        var production = ProductionUrl() ?? throw new UsageException($"{target} needs the production URL: give --prod-url or PROD_URL.");
        if (Published?.Report is not { } report)
            throw new UsageException($"{target} writes to production only after the gate: run Deploy (it runs DeployCheck's targets first).");
        if (!report.Passed)
            throw new GateRefusedException($"{target} did not run: the gate refused, production was not changed.");
        if (_drift is not { IsCompletedSuccessfully: true } drift || drift.Result is not { Plan: { DriftChecked: true, ExpectedAfterDeploy: not null } plan })
            throw new GateRefusedException($"{target} did not run: production was not compared with its history (DiffAgainstProd), so it is not deployed.");
        return (production, plan);
    }

    /// <summary>Writes the reports again with the deploy section and any finding the deploy added; also after Ctrl+C.</summary>
    private async Task RewriteReportAsync()
    {
        if (Published is not { } published) return;
        var targets = published.Report.Context.Targets
            .Concat(_failedProductionTargets.Select(t => new TargetRun(t, TargetOutcome.Failed, TimeSpan.Zero))).ToArray();
        var report = await ComposeAsync(targets).ConfigureAwait(false);
        var files = await new PublishStep(Settings, Redactor, Log).WriteAsync(report, CancellationToken.None).ConfigureAwait(false);
        Published = new PublishedReport(report, files);
    }

    /// <summary>Baseline: for a production built without SchemaGate, records the scripts up to <paramref name="version"/> when its schema matches.</summary>
    public async Task BaselineAsync(BigInteger? version, CancellationToken ct)
    {
        var production = ProductionUrl() ?? throw new UsageException("Baseline needs production: give --prod-url, PROD_URL or DATABASE_URL.");
        if (version is not { } n) throw new UsageException("Baseline needs --baseline-version N: the last migration production already has.");
        var database = await EphemeralAsync(ct).ConfigureAwait(false);
        var set = await MigrationsAsync(ct).ConfigureAwait(false);
        Run.Record(await new BaselineStep(Settings, Log).RunAsync(production, n, database, set, ct).ConfigureAwait(false));
    }

    /// <summary>Rollback --to N: rehearsed on the ephemeral server, then a verified backup, then the down scripts on production.</summary>
    public async Task<RollbackResult> RollbackAsync(string? to, CancellationToken ct)
    {
        var production = ProductionUrl() ?? throw new UsageException("Rollback needs production: give --prod-url (or PROD_URL).");
        Steps.RollbackStep.ParseVersion(to);
        var set = await MigrationsAsync(ct).ConfigureAwait(false);
        var database = await EphemeralAsync(ct).ConfigureAwait(false);
        var outcome = await new Steps.RollbackStep(Settings, Log).RunAsync(production, to, set, database,
            c => TakeBackupAsync(production, c), ct).ConfigureAwait(false);
        return Run.Record(outcome).Result;
    }

    /// <summary>
    /// The Snapshot target: with <paramref name="from"/> or <paramref name="to"/>, compares two snapshot files; otherwise
    /// writes the snapshot of <paramref name="url"/> (read-only) or, without one, of the migrated ephemeral database.
    /// </summary>
    public async Task SnapshotTargetAsync(string? url, string outputPath, string? from, string? to, bool exitCode, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to))
        {
            var changes = await CompareSnapshotFilesAsync(Required(from, "--snapshot-from"), Required(to, "--snapshot-to"), ct).ConfigureAwait(false);
            if (exitCode && changes.Count > 0)
                throw new GateRefusedException($"{changes.Count} difference(s) between the snapshots (--exit-code).");
            return;
        }
        await SnapshotAsync(string.IsNullOrWhiteSpace(url) ? null : DatabaseUrl.Parse(url, "--url", Redactor), outputPath, ct).ConfigureAwait(false);

        static string Required(string? value, string parameter) => string.IsNullOrWhiteSpace(value)
            ? throw new UsageException($"{parameter} is missing: give both --snapshot-from and --snapshot-to to compare two snapshot files.")
            : value;
    }

    /// <summary>Snapshot: of <paramref name="url"/> (read-only), or of the migrated ephemeral database.</summary>
    public async Task<string> SnapshotAsync(DatabaseUrl? url, string outputPath, CancellationToken ct)
    {
        var migrated = url is null ? (await EphemeralAsync(ct).ConfigureAwait(false)).Database : null;
        if (url is null) await AppliedAsync(ct).ConfigureAwait(false);
        return Run.Record(await new SnapshotStep(Settings, Log).WriteAsync(url, migrated, outputPath, ct).ConfigureAwait(false)).Result;
    }

    public async Task<IReadOnlyList<Diff.SchemaChange>> CompareSnapshotFilesAsync(string from, string to, CancellationToken ct) =>
        Run.Record(await new SnapshotStep(Settings, Log).CompareAsync(from, to, ct).ConfigureAwait(false)).Result;

    /// <summary>GenerateMigration: the validated, annotated SQL from one schema to another (see <see cref="GenerateStep"/>).</summary>
    public async Task<Generation.GeneratedMigration> GenerateMigrationAsync(Generation.GenerationRequest request, CancellationToken ct) =>
        Run.Record(await new GenerateStep(Settings, Redactor, Log).RunAsync(request, ct).ConfigureAwait(false)).Result;

    /// <summary>ReportDrift: the schema-drift issue opened, updated or closed from this run's drift check.</summary>
    public async Task ReportDriftAsync(IReadOnlyList<TargetRun> targets, CancellationToken ct)
    {
        var markdown = Published?.Files.Markdown ?? new ReportMarkdownWriter(Redactor).Render(await ComposeAsync(targets).ConfigureAwait(false));
        Run.Record(await new ReportDriftStep(Settings, Redactor, Log).RunAsync(_driftSummary, markdown, ct).ConfigureAwait(false));
    }
}
