using System.Diagnostics;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Generation;
using SchemaGate.GitHub;
using SchemaGate.Plan;
using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// DiffAgainstProd's second half when production drifted: the two scripts that settle the drift, generated and
/// validated as GenerateMigration does, written to <c>&lt;--report-dir&gt;/drift/</c> next to the reports:
/// <c>revert.sql</c> (production back to what its journal implies) and <c>&lt;next version&gt;_adopt_production_changes.sql</c>
/// (the history brought forward to what production holds). Production is only read. Scripts left there by an earlier
/// run are removed first, so the folder always matches this run's report. When writing them fails, the drift check
/// stands and the report says the fix was not written.
/// </summary>
public sealed class DriftFixStep(GateSettings settings, Redactor redactor, IGateLog log)
{
    public async Task<StepOutcome<DriftFixSummary?>> RunAsync(DatabaseUrl production, EphemeralDatabase database, DeployPlan plan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(plan);
        var folder = Path.Combine(settings.ReportPath, DriftFixWriter.Folder);
        RemoveEarlierScripts(folder);
        if (!plan.DriftChecked || plan.Drift.Count == 0) return new StepOutcome<DriftFixSummary?> { Result = null };

        var sw = Stopwatch.StartNew();
        var (next, width) = OutputPaths.NextVersion(settings.MigrationsPath);
        DriftFix fix;
        try
        {
            var history = new ScriptsSource(plan.Replayed, $"the {plan.Replayed.Count} script(s) production's journal lists");
            fix = await DriftFixWriter.WriteAsync(history, production, settings.ReportPath, next, settings.Generation, redactor, ct,
                database.Server, width).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is SchemaGateException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException && !ct.IsCancellationRequested)
        {
            log.Line("  drift fix not written: " + ex.Message);
            return new StepOutcome<DriftFixSummary?> { Result = null, NotChecked = ["drift fix not written: " + ex.Message] };
        }
        if (fix.NoDrift)
        {
            log.Line("  drift fix: the differences are in nothing a migration writes (no script written)");
            return new StepOutcome<DriftFixSummary?> { Result = null, Timings = [new Timing("drift fix", sw.Elapsed)] };
        }

        string Relative(string path) => Path.GetRelativePath(settings.ReportPath, path).Replace('\\', '/');
        var summary = new DriftFixSummary(Relative(fix.RevertPath), Relative(fix.AdoptPath), fix.Revert.Validation.Passed, fix.Adopt.Validation.Passed)
        {
            RevertOnline = fix.RevertOnlinePath is { } revertOnline ? Relative(revertOnline) : null,
            AdoptOnline = fix.AdoptOnlinePath is { } adoptOnline ? Relative(adoptOnline) : null,
            ArtifactsUrl = new GitHubEnvironment(settings.Environment).RunUrl is { } run ? run + "#artifacts" : null,
        };
        foreach (var (path, validated) in new[] { (fix.RevertPath, summary.RevertValidated), (fix.AdoptPath, summary.AdoptValidated) })
            log.Line($"  drift fix: {settings.Relative(path)} ({(validated ? "validated on a copy" : "NOT validated: see its header")})");
        var check = summary.RevertValidated && summary.AdoptValidated
            ? $"drift fix written and validated: {summary.Revert}, {summary.Adopt} (next to the reports)"
            : $"drift fix written but NOT validated ({(summary.RevertValidated ? summary.Adopt : summary.Revert)}: see its header)";
        return new StepOutcome<DriftFixSummary?>
        {
            Result = summary,
            Checked = [check],
            Timings = [new Timing("drift fix", sw.Elapsed)],
        };
    }

    private static void RemoveEarlierScripts(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.EnumerateFiles(folder, "*.sql"))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("revert.", StringComparison.Ordinal) || name.Contains("_" + DriftFixWriter.AdoptDescription, StringComparison.Ordinal))
                File.Delete(file);
        }
    }
}
