using System.Diagnostics;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Runner;

/// <summary>
/// Applies pending scripts in version order under a session advisory lock, each script and its journal row in
/// one transaction (or, for <c>-- schemagate:no-transaction</c> scripts, statement by statement and journaled
/// only after the last one succeeded). Stops at the first failure and says where it happened.
/// </summary>
public sealed class MigrationRunner(MigrationRunnerOptions options)
{
    public MigrationRunnerOptions Options { get; } = options;

    public async Task<MigrationResult> ApplyAsync(DatabaseUrl database, IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(database.With(b =>
        {
            b.Pooling = false;
            b.CommandTimeout = 0;
            b.ApplicationName ??= "schemagate-migrate";
        }).ConnectionString);
        await conn.OpenAsync(ct).ConfigureAwait(false);
        return await ApplyAsync(conn, scripts, ct).ConfigureAwait(false);
    }

    public async Task<MigrationResult> ApplyAsync(NpgsqlConnection conn, IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        var key = AdvisoryLock.KeyFor(Options.Journal);
        await AdvisoryLock.AcquireAsync(conn, key, Options.LockWait, ct).ConfigureAwait(false);
        try
        {
            var journal = new MigrationJournal(Options.Journal);
            var setup = await journal.EnsureAsync(conn, ct).ConfigureAwait(false);
            var before = await journal.ReadAsync(conn, ct).ConfigureAwait(false);
            await SessionTimeouts.ApplyAsync(conn, Options, ct).ConfigureAwait(false);

            var already = new List<MigrationScript>();
            var applied = new List<AppliedScript>();
            foreach (var script in scripts.OrderBy(s => s.Version))
            {
                if (before.Any(e => e.Records(script.FileName))) { already.Add(script); continue; }
                var sw = Stopwatch.StartNew();
                var failure = script.Directives.NoTransaction
                    ? await RunWithoutTransactionAsync(conn, journal, script, ct).ConfigureAwait(false)
                    : await RunInTransactionAsync(conn, journal, script, ct).ConfigureAwait(false);
                if (failure is not null) return new MigrationResult(setup, before, applied, already, failure);
                applied.Add(new AppliedScript(script, sw.Elapsed, script.Sql.Statements.Count));
            }
            return new MigrationResult(setup, before, applied, already, null);
        }
        finally
        {
            if (conn.State == System.Data.ConnectionState.Open)
            {
                try { await AdvisoryLock.ReleaseAsync(conn, key, CancellationToken.None).ConfigureAwait(false); }
                catch (NpgsqlException) { /* the session ends anyway, which releases the lock */ }
            }
        }
    }

    private async Task<MigrationFailure?> RunInTransactionAsync(NpgsqlConnection conn, MigrationJournal journal, MigrationScript script, CancellationToken ct)
    {
        if (TransactionControl(script) is { } control)
            return new MigrationFailure(script, control.Line, control.Column,
                $"'{FirstWords(control)}' controls the transaction, but the runner already wraps the script in one", null, null,
                "Remove BEGIN/COMMIT from the script, or mark it -- schemagate:no-transaction", false);

        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (Options.Observer is { } o) await o.BeforeScriptAsync(conn, script, ct).ConfigureAwait(false);
        foreach (var statement in script.Sql.Statements)
        {
            // The observer's probe, when it has one, rides in the statement's round trip (same transaction, same snapshot order).
            var probe = Options.Observer is IBatchedStatementObserver batched ? batched.ProbeFor(script, statement) : null;
            var error = probe is null
                ? await ExecuteAsync(conn, tx, statement, ct).ConfigureAwait(false)
                : await ExecuteWithProbeAsync(conn, tx, script, statement, probe, ct).ConfigureAwait(false);
            if (error is not null)
            {
                await tx.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                return Failure(script, statement, error, partial: false);
            }
            if (probe is null && Options.Observer is { } obs) await obs.AfterStatementAsync(conn, script, statement, ct).ConfigureAwait(false);
        }
        if (Options.Observer is { } after) await after.AfterScriptAsync(conn, script, ct).ConfigureAwait(false);
        await journal.RecordAsync(conn, tx, script.FileName, script.Checksum, ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return null;
    }

    private async Task<MigrationFailure?> RunWithoutTransactionAsync(NpgsqlConnection conn, MigrationJournal journal, MigrationScript script, CancellationToken ct)
    {
        if (Options.Observer is { } o) await o.BeforeScriptAsync(conn, script, ct).ConfigureAwait(false);
        var first = true;
        foreach (var statement in script.Sql.Statements)
        {
            var error = await ExecuteAsync(conn, null, statement, ct).ConfigureAwait(false);
            if (error is not null) return Failure(script, statement, error, partial: !first);
            first = false;
            if (Options.Observer is { } obs) await obs.AfterStatementAsync(conn, script, statement, ct).ConfigureAwait(false);
        }
        if (Options.Observer is { } after) await after.AfterScriptAsync(conn, script, ct).ConfigureAwait(false);
        await journal.RecordAsync(conn, null, script.FileName, script.Checksum, ct).ConfigureAwait(false);
        return null;
    }

    /// <summary>Runs one statement as written; PostgreSQL's error is returned, not thrown (the down-script executor shares it).</summary>
    internal static async Task<PostgresException?> ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, SqlStatement statement, CancellationToken ct)
    {
        // A batch command is sent as written: no parameter rewriting, no statement splitting by the driver.
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

    /// <summary>The statement and the observer's probe as one batch; a failure of the statement is returned, one of the probe thrown.</summary>
    private async Task<PostgresException?> ExecuteWithProbeAsync(NpgsqlConnection conn, NpgsqlTransaction tx, MigrationScript script,
        SqlStatement statement, NpgsqlBatchCommand probe, CancellationToken ct)
    {
        var observer = (IBatchedStatementObserver)Options.Observer!;
        await using var batch = new NpgsqlBatch(conn, tx);
        var command = new NpgsqlBatchCommand(statement.Text);
        batch.BatchCommands.Add(command);
        batch.BatchCommands.Add(probe);
        NpgsqlDataReader reader;
        try
        {
            reader = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.BatchCommand is null || ex.BatchCommand == command)
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
            catch (PostgresException ex) when (ex.BatchCommand == command)
            {
                return ex;
            }
            await observer.ReadProbeAsync(reader, script, statement, ct).ConfigureAwait(false);
        }
        return null;
    }

    internal static MigrationFailure Failure(MigrationScript script, SqlStatement statement, PostgresException error, bool partial)
    {
        var (line, column) = (statement.Line, statement.Column);
        if (error.Position > 0 && error.Position <= statement.Text.Length + 1)
            (line, column) = script.Sql.PositionOf(statement.Offset + error.Position - 1);
        var message = error.MessageText;
        if (error.SqlState == "25001")
            message += " (mark the script -- schemagate:no-transaction to run statements such as CREATE INDEX CONCURRENTLY)";
        return new MigrationFailure(script, line, column, message, error.SqlState, error.Detail, error.Hint, partial);
    }

    internal static SqlStatement? TransactionControl(MigrationScript script) => script.Sql.Statements.FirstOrDefault(s =>
        s.Tokens.Count > 0 && s.Tokens[0].Kind == SqlTokenKind.Word &&
        (s.Tokens[0].IsWord("commit") || s.Tokens[0].IsWord("rollback") || s.Tokens[0].IsWord("end") ||
         (s.Tokens[0].IsWord("begin") && !(s.Tokens.Count > 1 && s.Tokens[1].IsWord("atomic"))) ||
         (s.Tokens[0].IsWord("start") && s.Tokens.Count > 1 && s.Tokens[1].IsWord("transaction"))));

    private static string FirstWords(SqlStatement s) => string.Join(' ', s.Tokens.Take(2).Select(t => t.Text)).ToUpperInvariant();
}
