using Npgsql;
using SchemaGate.Connections;

namespace SchemaGate.Migrations.Runner;

/// <summary>Sets the runner's <c>lock_timeout</c> and <c>statement_timeout</c> on a session: the runner for up scripts, Rollback and the down-script check for down scripts.</summary>
public static class SessionTimeouts
{
    public static async Task ApplyAsync(NpgsqlConnection conn, MigrationRunnerOptions options, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "select set_config('lock_timeout', @lock, false), set_config('statement_timeout', @statement, false)", conn);
        cmd.Parameters.AddWithValue("lock", Sessions.Milliseconds(options.LockTimeout));
        cmd.Parameters.AddWithValue("statement", Sessions.Milliseconds(options.StatementTimeout));
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
