using Npgsql;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

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
                var error = await ExecuteAsync(conn, null, statement, ct).ConfigureAwait(false);
                if (error is not null) return Failure(down, statement, error, partial: !first);
                first = false;
            }
            await journal.RemoveAsync(conn, null, entry, ct).ConfigureAwait(false);
            return null;
        }

        if (TransactionControl(down) is { } control)
            return new MigrationFailure(down, control.Line, control.Column,
                $"'{control.Tokens[0].Text.ToUpperInvariant()}' controls the transaction, but the down script already runs in one with its journal delete",
                null, null, "Remove BEGIN/COMMIT from the down script, or mark it -- schemagate:no-transaction", false);

        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var statement in down.Sql.Statements)
        {
            var error = await ExecuteAsync(conn, tx, statement, ct).ConfigureAwait(false);
            if (error is null) continue;
            await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            return Failure(down, statement, error, partial: false);
        }
        await journal.RemoveAsync(conn, tx, entry, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return null;
    }

    private static async Task<PostgresException?> ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, SqlStatement statement, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn, tx);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(statement.Text));
        try
        {
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return null;
        }
        catch (PostgresException ex)
        {
            return ex;
        }
    }

    /// <summary>The position of PostgreSQL's error inside the statement, mapped to the file's line and column.</summary>
    private static MigrationFailure Failure(MigrationScript down, SqlStatement statement, PostgresException error, bool partial)
    {
        var (line, column) = (statement.Line, statement.Column);
        if (error.Position > 0 && error.Position <= statement.Text.Length + 1)
            (line, column) = down.Sql.PositionOf(statement.Offset + error.Position - 1);
        return new MigrationFailure(down, line, column, error.MessageText, error.SqlState, error.Detail, error.Hint, partial);
    }

    private static SqlStatement? TransactionControl(MigrationScript script) => script.Sql.Statements.FirstOrDefault(s =>
        s.Tokens.Count > 0 &&
        (s.Tokens[0].IsWord("commit") || s.Tokens[0].IsWord("rollback") || s.Tokens[0].IsWord("end") ||
         (s.Tokens[0].IsWord("begin") && !(s.Tokens.Count > 1 && s.Tokens[1].IsWord("atomic"))) ||
         (s.Tokens[0].IsWord("start") && s.Tokens.Count > 1 && s.Tokens[1].IsWord("transaction"))));
}
