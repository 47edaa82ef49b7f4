using SchemaGate.Seeds;
using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Production;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline;

/// <summary>
/// BackupProduction, MigrateProduction and VerifyProduction: the only targets that write to production. Each one
/// runs only after the gate passed with drift checked, and rewrites the reports with the deploy section when done
/// (also when it failed), so report.json says what happened to production.
/// </summary>
public sealed partial class GateRun
{
    private DeploySummary _deploy = new();

    /// <summary>Set by BackupProduction: the verified backup file.</summary>
    public BackupResult? Backup { get; private set; }

    /// <summary>Set by MigrateProduction: what was applied to production, and what failed.</summary>
    public DeployMigration? Deployed { get; private set; }

    /// <summary>BackupProduction: a verified <c>pg_dump -Fc</c> of production in the backup folder; older ones pruned.</summary>
    public async Task<BackupResult> BackupProductionAsync(DatabaseUrl? production, DeployOptions options, CancellationToken ct)
    {
        var (prod, _) = RequireGatePassed(production, "BackupProduction");
        return await TakeBackupAsync(prod, options, ct).ConfigureAwait(false);
    }

    /// <summary>The verified backup itself; Rollback takes one too, without a gate (rolling back is the way out of a bad deploy).</summary>
    internal async Task<BackupResult> TakeBackupAsync(DatabaseUrl prod, DeployOptions options, CancellationToken ct)
    {
        if (Server is null) throw new InvalidOperationException("A verified backup needs SpinUpEphemeralDb first (the restore is compared there).");
        try
        {
            var result = await new ProductionBackup(Server!, options).RunAsync(prod, ct).ConfigureAwait(false);
            Backup = result;
            _timings.Add(new Timing("backup", result.Duration));
            _deploy = _deploy with
            {
                Backup = new BackupSummary(Path.GetFileName(result.File), result.SizeBytes, result.Verified, result.Pruned,
                    ProductionBackup.ComparisonNote),
            };
            output.WriteLine($"Backup of {prod.Display}: {Relative(result.File)} ({result.SizeBytes:N0} bytes, pg_dump {result.ToolVersion}, " +
                             $"{result.TocEntries} archive entries), restored on the ephemeral server and compared: " +
                             $"{result.ObjectsCompared} object(s), no difference.");
            output.WriteLine("  note: " + ProductionBackup.ComparisonNote + ".");
            foreach (var pruned in result.Pruned) output.WriteLine($"  pruned old backup {pruned} (--backup-keep {options.BackupKeep})");
            CheckDone($"production backed up to {Path.GetFileName(result.File)} and verified by a restore");
            return result;
        }
        finally
        {
            await RewriteReportAsync().ConfigureAwait(false);
        }
    }

    /// <summary>MigrateProduction: the pending scripts the gate saw, under the advisory lock, unless the journal moved.</summary>
    public async Task<DeployMigration> MigrateProductionAsync(DatabaseUrl? production, DeployOptions options, CancellationToken ct)
    {
        var (prod, drift) = RequireGatePassed(production, "MigrateProduction");
        var pending = drift.PendingEffects.Select(e => e.Script).ToArray();
        try
        {
            output.WriteLine($"Migrating production {prod.Display}: {pending.Length} pending script(s) " +
                             $"(lock_timeout {options.Runner.LockTimeout.TotalSeconds:0.#} s, statement_timeout {options.Runner.StatementTimeout.TotalSeconds:0.#} s).");
            var result = await new ProductionMigrator(options).MigrateAsync(prod, drift.Journal, pending, ct).ConfigureAwait(false);
            Deployed = result;
            _timings.Add(new Timing("migrate production", result.Duration));
            foreach (var a in result.Applied)
                output.WriteLine($"  applied to production {a.Script.RelativePath} ({a.Statements} statement(s), {a.Duration.TotalMilliseconds:0} ms)");
            _deploy = _deploy with
            {
                MigrateStatus = result.JournalMoved is not null ? "journal-moved" : result.Failure is not null ? "failed" : "applied",
                ScriptsApplied = result.Applied.Select(a => a.Script.RelativePath).ToArray(),
                FailedScript = result.Failure?.Script.RelativePath,
                FailureMessage = result.JournalMoved ?? result.Failure?.Describe(),
                NotAttempted = result.NotAttempted,
            };

            if (result.JournalMoved is { } moved)
            {
                output.WriteLine("  stopped: " + moved);
                throw new GateRefusedException(moved);
            }
            if (result.Failure is { } failure)
            {
                var stayed = result.Applied.Count == 0 ? "no script was applied before it"
                    : $"the {result.Applied.Count} script(s) applied before it stay applied and journaled ({string.Join(", ", result.Applied.Select(a => a.Script.RelativePath))})";
                Findings.Add(HistoryRules.MigrationFailed.Report($"Applying to production failed: {failure.Describe()} In production, {stayed}.",
                    failure.Script.RelativePath, failure.Line, failure.Column));
                output.WriteLine($"  FAILED in production: {failure.Describe()}");
                output.WriteLine($"  {stayed}; not attempted: {(result.NotAttempted.Count == 0 ? "none" : string.Join(", ", result.NotAttempted))}.");
                throw new GateRefusedException($"{failure.Script.RelativePath}:{failure.Line}:{failure.Column} failed in production: {failure.ServerMessage}; {stayed}");
            }
            CheckDone($"{result.Applied.Count} script(s) applied to production under the migration lock");
            return result;
        }
        finally
        {
            await RewriteReportAsync().ConfigureAwait(false);
        }
    }

    /// <summary>ApplySeeds (Deploy): SeedProduction's plan applied to production in one transaction, after the migrations.</summary>
    public async Task ApplySeedsToProductionAsync(DatabaseUrl? production, SeedMode mode, CancellationToken ct)
    {
        var (prod, _) = RequireGatePassed(production, "ApplySeeds");
        try
        {
            await ApplySeedsAsync(prod, mode, ct).ConfigureAwait(false);
        }
        finally
        {
            await RewriteReportAsync().ConfigureAwait(false);
        }
    }

    /// <summary>VerifyProduction: production's schema must equal the ephemeral database after all scripts; any difference is SG406.</summary>
    public async Task VerifyProductionAsync(DatabaseUrl? production, DeployOptions options, CancellationToken ct)
    {
        var (prod, drift) = RequireGatePassed(production, "VerifyProduction");
        var expected = drift.ExpectedAfterDeploy!;
        try
        {
            var (actual, differences) = await new ProductionVerifier(options).VerifyAsync(prod, expected, ct).ConfigureAwait(false);
            _deploy = _deploy with { VerifyStatus = differences.Count == 0 ? "matches" : "differs", VerifyDifferences = differences.Count };
            if (differences.Count == 0)
            {
                output.WriteLine($"Verified: production {prod.Display} matches its history plus the deployed scripts ({actual.Objects.Count} object(s)).");
                CheckDone("production verified after deploy: it matches the ephemeral database after all scripts");
                return;
            }
            foreach (var change in differences)
            {
                var text = DriftFindings.Describe(change);
                Findings.Add(DeployRules.DiffersAfterDeploy.Report(
                    $"After the deploy, production {prod.Display} differs from the schema its history plus the deployed scripts give: {text}",
                    obj: change.Identity));
                output.WriteLine("  DIFFERS after deploy " + text);
            }
            var backup = Backup is null ? "" : $" The verified backup is {Relative(Backup.File)}.";
            throw new GateRefusedException(
                $"DEPLOY NOT VERIFIED: production differs from its deployed history in {differences.Count} object(s) (SG406).{backup}");
        }
        finally
        {
            await RewriteReportAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The deploy targets write production only after a passing gate that compared production with its history.</summary>
    private (DatabaseUrl Production, DriftResult Drift) RequireGatePassed(DatabaseUrl? production, string target)
    {
        if (production is null)
            throw new UsageException($"{target} needs the production URL: give --prod-url or PROD_URL.");
        if (Report is null)
            throw new UsageException($"{target} writes to production only after the gate: run Deploy (it runs DeployCheck's targets first).");
        if (!Report.Passed)
            throw new GateRefusedException($"{target} did not run: the gate refused, production was not changed.");
        if (Drift is not { DriftChecked: true, ExpectedAfterDeploy: not null } drift || Server is null)
            throw new GateRefusedException($"{target} did not run: production was not compared with its history (DiffAgainstProd), so it is not deployed.");
        return (production, drift);
    }

    /// <summary>Writes the reports again with the deploy section and any finding the deploy added.</summary>
    /// <remarks>Also after Ctrl+C: the report must say what happened to production, so this ignores cancellation.</remarks>
    private async Task RewriteReportAsync()
    {
        if (Report is null) return;
        var context = Report.Context with { Deploy = _deploy, ChecksDone = _checksDone.ToArray(), Timings = _timings.ToArray() };
        Report = GateReport.From(Settings.Policy.Apply(Findings.Snapshot()), context);
        ReportFiles = await new ReportFiles(Redactor, _sarifOptions).WriteAsync(Report, Settings.ReportPath, CancellationToken.None).ConfigureAwait(false);
    }
}
