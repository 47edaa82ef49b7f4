using Npgsql;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rollback;

/// <summary>
/// Runs the down script of an applied script and deletes its journal row in the same transaction, so a down script is
/// either wholly undone and unrecorded or not at all (the runner's <see cref="ScriptTransaction"/>). The caller holds
/// the migration lock and has set the timeouts.
/// </summary>
public static class DownScriptExecutor
{
    /// <returns>Null on success; otherwise where the down script failed (its file, line and column).</returns>
    public static Task<MigrationFailure?> RunAsync(NpgsqlConnection conn, MigrationJournal journal, MigrationScript up,
        JournalEntry entry, CancellationToken ct)
    {
        var down = up.Down ?? throw new ArgumentException($"{up.RelativePath} has no down script.", nameof(up));
        return ScriptTransaction.RunAsync(conn, down, null, (tx, c) => journal.RemoveAsync(conn, tx, entry, c),
            "the down script already runs in one with its journal delete", ct);
    }
}
