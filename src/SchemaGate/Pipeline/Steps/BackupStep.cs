using SchemaGate.Connections;
using SchemaGate.Production;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// BackupProduction (and Rollback's backup): a verified <c>pg_dump -Fc</c> of production in the backup folder, restored on
/// the ephemeral server and compared; older backups beyond <c>--backup-keep</c> pruned.
/// </summary>
public sealed class BackupStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<BackupResult>> RunAsync(DatabaseUrl production, EphemeralDatabase database, CancellationToken ct)
    {
        if (settings.BackupKeep < 1) throw new Failures.UsageException($"--backup-keep must be 1 or more (it is {settings.BackupKeep}).");
        var result = await new ProductionBackup(database.Server, Deploy.Options(settings)).RunAsync(production, ct).ConfigureAwait(false);
        log.Line($"Backup of {production.Display}: {settings.Relative(result.File)} ({result.SizeBytes:N0} bytes, pg_dump {result.ToolVersion}, " +
                 $"{result.TocEntries} archive entries), restored on the ephemeral server and compared: {result.ObjectsCompared} object(s), no difference.");
        log.Line("  note: " + ProductionBackup.ComparisonNote + ".");
        foreach (var pruned in result.Pruned) log.Line($"  pruned old backup {pruned} (--backup-keep {settings.BackupKeep})");
        return new StepOutcome<BackupResult>
        {
            Result = result,
            Checked = [$"production backed up to {Path.GetFileName(result.File)} and verified by a restore"],
            Timings = [new Timing("backup", result.Duration)],
        };
    }

    public static BackupSummary Summary(BackupResult result) =>
        new(Path.GetFileName(result.File), result.SizeBytes, result.Verified, result.Pruned, ProductionBackup.ComparisonNote);
}

/// <summary>The deploy targets' options, from the run's settings.</summary>
internal static class Deploy
{
    public static DeployOptions Options(GateSettings settings) => new()
    {
        Runner = settings.Runner,
        Filter = settings.Filter,
        BackupDirectory = settings.BackupPath,
        BackupKeep = settings.BackupKeep,
        Session = settings.Session,
        PgBin = settings.Ephemeral.PgBin,
    };
}
