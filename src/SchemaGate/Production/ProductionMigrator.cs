using System.Diagnostics;
using SchemaGate.Connections;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Production;

/// <summary>
/// MigrateProduction's engine: on one writable session it takes the migration runner's advisory lock (waiting
/// <c>--lock-wait</c>, then naming the holder), re-reads production's journal and compares it with the journal the
/// gate saw; if it moved, it stops before writing anything. Otherwise the runner applies exactly the pending
/// scripts the gate analysed, each in its own transaction with its journal row, under <c>lock_timeout</c> and
/// <c>statement_timeout</c>, on the same session and under the same lock.
/// </summary>
public sealed class ProductionMigrator(DeployOptions options)
{
    public async Task<DeployMigration> MigrateAsync(DatabaseUrl production, IReadOnlyList<JournalEntry> journalSeenByGate,
        IReadOnlyList<MigrationScript> pending, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        await using var conn = await Sessions.OpenAsync(production, options.Session.Writable(purpose: "to deploy"), ct).ConfigureAwait(false);
        await using var held = await MigrationLock.AcquireAsync(conn, options.Runner.Journal, options.Runner.LockWait, ct).ConfigureAwait(false);
        var journal = new MigrationJournal(options.Runner.Journal);
        var now = await journal.ReadAsync(conn, ct).ConfigureAwait(false);
        if (JournalChange(journalSeenByGate, now) is { } moved)
            return new DeployMigration([], null, pending.Select(s => s.RelativePath).ToArray(), now, moved, sw.Elapsed);

        var result = await new MigrationRunner(options.Runner).ApplyLockedAsync(conn, pending, ct).ConfigureAwait(false);
        var after = await journal.ReadAsync(conn, ct).ConfigureAwait(false);
        var notAttempted = result.Failure is null
            ? []
            : pending.Where(s => s.Version > result.Failure.Script.Version).OrderBy(s => s.Version).Select(s => s.RelativePath).ToArray();
        return new DeployMigration(result.Applied, result.Failure, notAttempted, after, null, sw.Elapsed);
    }

    /// <summary>Null when the journal is row for row what the gate saw; otherwise what changed, in plain words.</summary>
    public static string? JournalChange(IReadOnlyList<JournalEntry> seen, IReadOnlyList<JournalEntry> now)
    {
        static string Key(JournalEntry e) => $"{e.Id}|{e.ScriptName}|{e.Checksum}";
        var before = seen.Select(Key).ToHashSet(StringComparer.Ordinal);
        var current = now.Select(Key).ToHashSet(StringComparer.Ordinal);
        var added = now.Where(e => !before.Contains(Key(e))).Select(e => e.ScriptName).ToArray();
        var removed = seen.Where(e => !current.Contains(Key(e))).Select(e => e.ScriptName).ToArray();
        if (added.Length == 0 && removed.Length == 0) return null;
        var parts = new List<string>();
        if (added.Length > 0) parts.Add($"{added.Length} row(s) added ({string.Join(", ", added.Take(5))})");
        if (removed.Length > 0) parts.Add($"{removed.Length} row(s) removed or changed ({string.Join(", ", removed.Take(5))})");
        return $"production's journal moved since the gate ran: {string.Join("; ", parts)}. Another migrator deployed in between; " +
               "nothing was applied. Run Deploy again so the gate checks the current state.";
    }
}
