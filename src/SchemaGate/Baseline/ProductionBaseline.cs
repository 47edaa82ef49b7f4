using System.Numerics;
using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Baseline;

/// <summary>
/// Baseline's engine: adopts a production database that was built without SchemaGate. Applies the scripts up to
/// the baseline version on a scratch database, compares its snapshot with production's (same filters as
/// DiffAgainstProd), and only when they match creates the journal and records those scripts, with checksums, in one
/// transaction under the migration lock. The one place outside the runner that writes to production.
/// </summary>
public sealed class ProductionBaseline(IEphemeralServer server, DriftOptions options)
{
    public const string ApplicationName = "schemagate-baseline";

    public async Task<BaselineResult> RunAsync(DatabaseUrl production, MigrationSet migrations, BigInteger version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(migrations);
        var scripts = ScriptsUpTo(migrations, version);
        var journal = new MigrationJournal(options.Runner.Journal);
        var reader = new SnapshotReader();

        SchemaSnapshot actual;
        await using (var conn = await Sessions.OpenAsync(production, options.Session.ReadOnly(DatabaseRole.Production), ct).ConfigureAwait(false))
        {
            RefuseExistingJournal(await journal.ReadAsync(conn, ct).ConfigureAwait(false), production);
            actual = await reader.ReadAsync(conn, options.Snapshot, ct).ConfigureAwait(false);
        }

        var scratch = await server.CreateDatabaseAsync("baseline", ct).ConfigureAwait(false);
        SchemaSnapshot expected;
        try
        {
            var applied = await new MigrationRunner(options.Runner).ApplyAsync(scratch, scripts, ct).ConfigureAwait(false);
            if (applied.Failure is not null) return new BaselineResult(scripts, [], applied.Failure, false);
            await using var conn = await Sessions.OpenScratchAsync(scratch, ct).ConfigureAwait(false);
            expected = await reader.ReadAsync(conn, options.Snapshot, ct).ConfigureAwait(false);
        }
        finally
        {
            await server.DropDatabaseAsync(scratch, CancellationToken.None).ConfigureAwait(false);
        }

        var differences = SchemaDiff.Compare(expected, actual, options.Diff);
        if (differences.Count > 0) return new BaselineResult(scripts, differences, null, false);

        await RecordAsync(production, journal, scripts, ct).ConfigureAwait(false);
        return new BaselineResult(scripts, [], null, true);
    }

    /// <summary>The up scripts with a version up to <paramref name="version"/>; the version must be one of the files'.</summary>
    public static IReadOnlyList<MigrationScript> ScriptsUpTo(MigrationSet migrations, BigInteger version)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        var ups = migrations.Scripts.Where(s => !s.IsDown).OrderBy(s => s.Version).ToList();
        if (!ups.Any(s => s.Version == version))
            throw new UsageException(ups.Count == 0
                ? $"--baseline-version {version}: there are no migration scripts."
                : $"--baseline-version {version} is not the version of any migration script (versions run from {ups[0].Version} to {ups[^1].Version}).");
        return ups.Where(s => s.Version <= version).ToList();
    }

    private async Task RecordAsync(DatabaseUrl production, MigrationJournal journal, IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenAsync(production, options.Session.Writable(ApplicationName), ct).ConfigureAwait(false);
        await using var held = await MigrationLock.AcquireAsync(conn, options.Runner.Journal, options.Runner.LockWait, ct).ConfigureAwait(false);
        try
        {
            await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
            await journal.EnsureAsync(conn, ct).ConfigureAwait(false);
            // Under the lock and inside the transaction: nobody journaled anything since the check above.
            RefuseExistingJournal(await journal.ReadAsync(conn, ct).ConfigureAwait(false), production);
            foreach (var script in scripts)
                await journal.RecordAsync(conn, tx, script.FileName, script.Checksum, script.Down?.Checksum, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            throw new InfrastructureException(
                $"Recording the baseline in {options.Runner.Journal.QualifiedName} on production {production.Display} failed, nothing was recorded: " +
                $"{ex.MessageText} (SQLSTATE {ex.SqlState}).", ex);
        }
    }

    private void RefuseExistingJournal(IReadOnlyList<JournalEntry> rows, DatabaseUrl production)
    {
        if (rows.Count > 0)
            throw new UsageException(
                $"Production {production.Display} already has {rows.Count} row(s) in the journal {options.Runner.Journal.QualifiedName}: " +
                "Baseline is only for a database built without SchemaGate. Deploy applies what is pending.");
    }
}
