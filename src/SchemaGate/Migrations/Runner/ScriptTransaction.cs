using Npgsql;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Runner;

/// <summary>
/// How one script runs, for up scripts (the runner) and down scripts (Rollback, the down-script check) alike: its
/// statements and its journal write (<c>record</c>: a row added, or removed for a down script) in one transaction, so a
/// script is applied and recorded wholly or not at all; or, marked <c>-- schemagate:no-transaction</c>, statement by
/// statement with the journal written after the last one. Transaction control inside a transactional script is refused
/// before anything runs. The observer (the traced analysis) sees every statement; inside a transaction its probe rides in
/// the statement's own round trip.
/// </summary>
internal static class ScriptTransaction
{
    /// <returns>Null on success; otherwise where the script failed (file, line, column) and what PostgreSQL said.</returns>
    public static async Task<MigrationFailure?> RunAsync(NpgsqlConnection conn, MigrationScript script, IStatementObserver? observer,
        Func<NpgsqlTransaction?, CancellationToken, Task> record, string runsIn, CancellationToken ct)
    {
        // SG111 already refuses the gate; the runner says so too rather than letting the server wait for COPY data.
        if (ScriptChecks.FirstUnsupported(script.Sql) is var (unsupported, why))
            return new MigrationFailure(script, unsupported.Line, unsupported.Column, why.TrimEnd('.'), null, null,
                "Load data with INSERT statements or a seed CSV in migrations/seeds, and run psql commands outside the migration", false);
        if (script.Directives.NoTransaction) return await RunWithoutTransactionAsync(conn, script, observer, record, ct).ConfigureAwait(false);

        if (TransactionControl(script) is { } control)
            return new MigrationFailure(script, control.Line, control.Column,
                $"'{FirstWords(control)}' controls the transaction, but {runsIn}", null, null,
                "Remove BEGIN/COMMIT from the script, or mark it -- schemagate:no-transaction", false);

        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (observer is not null) await observer.BeforeScriptAsync(conn, script, ct).ConfigureAwait(false);
        foreach (var statement in script.Sql.Statements)
        {
            var probe = observer is IBatchedStatementObserver batched ? batched.ProbeFor(script, statement) : null;
            var error = probe is null
                ? await ExecuteAsync(conn, tx, statement, ct).ConfigureAwait(false)
                : await ExecuteWithProbeAsync(conn, tx, script, statement, (IBatchedStatementObserver)observer!, probe, ct).ConfigureAwait(false);
            if (error is not null)
            {
                await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return Failure(script, statement, error, partial: false);
            }
            if (probe is null && observer is not null) await observer.AfterStatementAsync(conn, script, statement, ct).ConfigureAwait(false);
        }
        if (observer is not null) await observer.AfterScriptAsync(conn, script, ct).ConfigureAwait(false);
        await record(tx, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return null;
    }

    private static async Task<MigrationFailure?> RunWithoutTransactionAsync(NpgsqlConnection conn, MigrationScript script, IStatementObserver? observer,
        Func<NpgsqlTransaction?, CancellationToken, Task> record, CancellationToken ct)
    {
        if (observer is not null) await observer.BeforeScriptAsync(conn, script, ct).ConfigureAwait(false);
        var first = true;
        foreach (var statement in script.Sql.Statements)
        {
            var error = await ExecuteAsync(conn, null, statement, ct).ConfigureAwait(false);
            if (error is not null) return Failure(script, statement, error, partial: !first);
            first = false;
            if (observer is not null) await observer.AfterStatementAsync(conn, script, statement, ct).ConfigureAwait(false);
        }
        if (observer is not null) await observer.AfterScriptAsync(conn, script, ct).ConfigureAwait(false);
        await record(null, ct).ConfigureAwait(false);
        return null;
    }

    /// <summary>Runs one statement as written; the statement's own error is returned, not thrown (a server fault is thrown).</summary>
    private static async Task<PostgresException?> ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, SqlStatement statement, CancellationToken ct)
    {
        // A batch command is sent as written: no parameter rewriting, no statement splitting by the driver.
        await using var batch = new NpgsqlBatch(conn, tx);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(statement.Text));
        try
        {
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return null;
        }
        catch (PostgresException ex) when (IsStatementError(ex))
        {
            return ex;
        }
    }

    /// <summary>
    /// The statement's own failure (a syntax error, a constraint, a lock or statement timeout), as opposed to the server
    /// or the connection failing under it (shutdown, crash, disk full, out of memory): those are not the script's fault
    /// and are thrown, so they are reported as what they are.
    /// </summary>
    internal static bool IsStatementError(PostgresException ex) =>
        !(ex.SqlState.StartsWith("08", StringComparison.Ordinal) || ex.SqlState.StartsWith("53", StringComparison.Ordinal) ||
          ex.SqlState.StartsWith("58", StringComparison.Ordinal) || ex.SqlState.StartsWith("XX", StringComparison.Ordinal) ||
          ex.SqlState is "57P01" or "57P02" or "57P03" or "57P04" or "57P05");

    /// <summary>The statement and the observer's probe as one batch; a failure of the statement is returned, one of the probe thrown.</summary>
    private static async Task<PostgresException?> ExecuteWithProbeAsync(NpgsqlConnection conn, NpgsqlTransaction tx, MigrationScript script,
        SqlStatement statement, IBatchedStatementObserver observer, NpgsqlBatchCommand probe, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn, tx);
        var command = new NpgsqlBatchCommand(statement.Text);
        batch.BatchCommands.Add(command);
        batch.BatchCommands.Add(probe);
        NpgsqlDataReader reader;
        try
        {
            reader = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException ex) when ((ex.BatchCommand is null || ex.BatchCommand == command) && IsStatementError(ex))
        {
            return ex;
        }
        await using (reader.ConfigureAwait(false))
        {
            try
            {
                // The reader skips results without rows, so it stands on the statement's own rows only when the
                // statement returned some (it has not completed yet); those are skipped, as ExecuteNonQuery would.
                if (command.StatementType == StatementType.Unknown && !await reader.NextResultAsync(ct).ConfigureAwait(false))
                    throw new InvalidOperationException("The observer's probe returned no result.");
            }
            catch (PostgresException ex) when (ex.BatchCommand == command && IsStatementError(ex))
            {
                return ex;
            }
            await observer.ReadProbeAsync(reader, script, statement, ct).ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>The failure at PostgreSQL's error position when it gave one (also inside a function body), else at the statement.</summary>
    private static MigrationFailure Failure(MigrationScript script, SqlStatement statement, PostgresException error, bool partial)
    {
        var (line, column) = (statement.Line, statement.Column);
        if (error.Position > 0 && error.Position <= statement.End - statement.Offset + 1)
            (line, column) = script.Sql.PositionOf(statement.Offset + error.Position - 1);
        var message = error.MessageText;
        if (error.SqlState == "25001")
            message += " (mark the script -- schemagate:no-transaction to run statements such as CREATE INDEX CONCURRENTLY)";
        return new MigrationFailure(script, line, column, message, error.SqlState, error.Detail, error.Hint, partial);
    }

    /// <summary>
    /// The first statement that begins or ends a transaction (BEGIN ATOMIC of a function body does not). psql statements are
    /// passed over unread: a large script's COPY data token is built (megabytes) only when read.
    /// </summary>
    internal static SqlStatement? TransactionControl(MigrationScript script) => script.Sql.Statements.FirstOrDefault(s =>
        !s.IsPsqlMeta && s.Tokens.Count > 0 && s.Tokens[0].Kind == SqlTokenKind.Word &&
        (s.Tokens[0].IsWord("commit") || s.Tokens[0].IsWord("rollback") || s.Tokens[0].IsWord("end") ||
         (s.Tokens[0].IsWord("begin") && !(s.Tokens.Count > 1 && s.Tokens[1].IsWord("atomic"))) ||
         (s.Tokens[0].IsWord("start") && s.Tokens.Count > 1 && s.Tokens[1].IsWord("transaction"))));

    private static string FirstWords(SqlStatement s) => string.Join(' ', s.Tokens.Take(2).Select(t => t.Text)).ToUpperInvariant();
}
