using Npgsql;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rollback;

/// <summary>
/// Runs the down script of an applied script and deletes its journal row in the same transaction, so a down
/// script is either wholly undone and unrecorded or not at all. A down script marked
/// <c>-- schemagate:no-transaction</c> runs statement by statement and its row is deleted after the last one.
/// The caller holds the advisory lock and has set the timeouts.
/// </summary>
public static class DownScriptExecutor
{
    /// <returns>Null on success; otherwise where the down script failed (its file, line and column).</returns>
    public static async Task<MigrationFailure?> RunAsync(NpgsqlConnection conn, MigrationJournal journal, MigrationScript up,
        JournalEntry entry, CancellationToken ct)
    {
        var down = up.Down ?? throw new ArgumentException($"{up.RelativePath} has no down script.", nameof(up));
        if (down.Directives.NoTransaction)
        {
            var first = true;
            foreach (var statement in down.Sql.Statements)
            {
                var error = await MigrationRunner.ExecuteAsync(conn, null, statement, ct).ConfigureAwait(false);
                if (error is not null) return MigrationRunner.Failure(down, statement, error, partial: !first);
                first = false;
            }
            await journal.RemoveAsync(conn, null, entry, ct).ConfigureAwait(false);
            return null;
        }

        if (MigrationRunner.TransactionControl(down) is { } control)
            return new MigrationFailure(down, control.Line, control.Column,
                $"'{control.Tokens[0].Text.ToUpperInvariant()}' controls the transaction, but the down script already runs in one with its journal delete",
                null, null, "Remove BEGIN/COMMIT from the down script, or mark it -- schemagate:no-transaction", false);

        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var statement in down.Sql.Statements)
        {
            var error = await MigrationRunner.ExecuteAsync(conn, tx, statement, ct).ConfigureAwait(false);
            if (error is null) continue;
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return MigrationRunner.Failure(down, statement, error, partial: false);
        }
        await journal.RemoveAsync(conn, tx, entry, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return null;
    }
}
