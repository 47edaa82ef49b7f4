using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Migrations.Source;
using SchemaGate.Rollback;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// Rollback --to N: the down scripts of the applied scripts above N, newest first, on production, each with its journal
/// row deleted in the same transaction, under the migration lock; rehearsed on the ephemeral server first, and a verified
/// backup taken once the plan is accepted, before the first down script.
/// </summary>
public sealed class RollbackStep(GateSettings settings, IGateLog log)
{
    public async Task<StepOutcome<RollbackResult>> RunAsync(DatabaseUrl production, string? to, MigrationSet set, EphemeralDatabase? database,
        Func<CancellationToken, Task>? backup, CancellationToken ct)
    {
        var target = ParseVersion(to);
        log.Line($"Rolling back production {production.Display} to version {target} (session '{RollbackOptions.ApplicationName}', migration lock, " +
                 $"lock_timeout {settings.Runner.LockTimeout.TotalSeconds:0.#} s).");
        var sw = Stopwatch.StartNew();
        var rehearsal = database is null ? null : new RollbackRehearsal(database.Server, settings.Runner, settings.Snapshot with { Filter = Catalog.SnapshotFilter.None });
        var result = await new ProductionRollback(new RollbackOptions { Runner = settings.Runner, Session = settings.Session })
            .RunAsync(production, set, target, log.Writer, ct, rehearsal, backup).ConfigureAwait(false);
        if (result.RolledBack.Count > 0)
            log.Line($"Production is at version {target}: {result.RolledBack.Count} script(s) rolled back in {sw.Elapsed.TotalSeconds:0.00} s.");
        return new StepOutcome<RollbackResult> { Result = result };
    }

    public static BigInteger ParseVersion(string? to)
    {
        if (string.IsNullOrWhiteSpace(to)) throw new UsageException("Rollback needs --to <version>: the applied version to go back to.");
        return BigInteger.TryParse(to.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new UsageException($"--to '{to}' is not a migration version (digits, e.g. --to 5 or --to 0005).");
    }
}
