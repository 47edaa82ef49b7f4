using System.Diagnostics;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Migrations.Runner;

/// <summary>
/// Applies pending scripts in version order under the migration lock, each script and its journal row in one
/// transaction (or, for <c>-- schemagate:no-transaction</c> scripts, statement by statement and journaled only after
/// the last one succeeded: <see cref="ScriptTransaction"/>). Stops at the first failure and says where it happened.
/// </summary>
public sealed class MigrationRunner(MigrationRunnerOptions options)
{
    public MigrationRunnerOptions Options { get; } = options;

    public async Task<MigrationResult> ApplyAsync(DatabaseUrl database, IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenScratchAsync(database.With(b => b.ApplicationName ??= "schemagate-migrate"), ct).ConfigureAwait(false);
        return await ApplyAsync(conn, scripts, ct).ConfigureAwait(false);
    }

    /// <summary>Applies the scripts on <paramref name="conn"/>, taking the migration lock for the run.</summary>
    public async Task<MigrationResult> ApplyAsync(NpgsqlConnection conn, IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        await using var held = await MigrationLock.AcquireAsync(conn, Options.Journal, Options.LockWait, ct).ConfigureAwait(false);
        return await ApplyLockedAsync(conn, scripts, ct).ConfigureAwait(false);
    }

    /// <summary>Applies the scripts on <paramref name="conn"/>, whose session already holds the migration lock.</summary>
    public async Task<MigrationResult> ApplyLockedAsync(NpgsqlConnection conn, IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        var journal = new MigrationJournal(Options.Journal);
        var setup = await journal.EnsureAsync(conn, ct).ConfigureAwait(false);
        var before = await journal.ReadAsync(conn, ct).ConfigureAwait(false);
        await SessionTimeouts.ApplyAsync(conn, Options, ct).ConfigureAwait(false);

        var recorded = JournalEntry.RecordedFileNames(before);
        var already = new List<MigrationScript>();
        var applied = new List<AppliedScript>();
        foreach (var script in scripts.OrderBy(s => s.Version))
        {
            if (recorded.Contains(script.FileName)) { already.Add(script); continue; }
            var sw = Stopwatch.StartNew();
            var failure = await ScriptTransaction.RunAsync(conn, script, Options.Observer,
                (tx, c) => journal.RecordAsync(conn, tx, script.FileName, script.Checksum, script.Down?.Checksum, c),
                "the runner already wraps the script in one", ct).ConfigureAwait(false);
            if (failure is not null) return new MigrationResult(setup, before, applied, already, failure);
            applied.Add(new AppliedScript(script, sw.Elapsed, script.Sql.Statements.Count));
        }
        return new MigrationResult(setup, before, applied, already, null);
    }
}
