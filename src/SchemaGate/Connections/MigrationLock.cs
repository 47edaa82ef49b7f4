using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SchemaGate.Failures;
using SchemaGate.Migrations.Journal;

namespace SchemaGate.Connections;

/// <summary>
/// The session advisory lock that lets one migrator at a time work on a database (the runner, MigrateProduction,
/// Rollback, Baseline all take this one). Acquired with a bounded wait that names the holder when it runs out;
/// released when disposed (closing the session would release it too).
/// </summary>
public sealed class MigrationLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _conn;
    private readonly long _key;
    private int _released;

    private MigrationLock(NpgsqlConnection conn, long key)
    {
        _conn = conn;
        _key = key;
    }

    /// <summary>A stable 64-bit key derived from the journal's name, so migrators of the same journal contend.</summary>
    public static long KeyFor(JournalOptions journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("schemagate:" + journal.QualifiedName));
        return BitConverter.ToInt64(hash, 0);
    }

    /// <exception cref="InfrastructureException">Another migrator held the lock for all of <paramref name="wait"/>.</exception>
    public static async Task<MigrationLock> AcquireAsync(NpgsqlConnection conn, JournalOptions journal, TimeSpan wait, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conn);
        var key = KeyFor(journal);
        var sw = Stopwatch.StartNew();
        var delay = 50;
        while (true)
        {
            await using (var cmd = new NpgsqlCommand("select pg_try_advisory_lock(@k)", conn))
            {
                cmd.Parameters.AddWithValue("k", key);
                if ((bool)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!) return new MigrationLock(conn, key);
            }
            if (sw.Elapsed >= wait)
                throw new InfrastructureException(
                    $"another migrator holds the migration lock on database '{conn.Database}' ({await HolderAsync(conn, key, ct).ConfigureAwait(false)}); " +
                    $"waited {wait.TotalSeconds:0.#} s (--lock-wait). Let it finish, or stop it, and run again.");
            await Task.Delay(delay, ct).ConfigureAwait(false);
            delay = Math.Min(delay * 2, 500);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 1 || _conn.State != System.Data.ConnectionState.Open) return;
        try
        {
            await using var cmd = new NpgsqlCommand("select pg_advisory_unlock(@k)", _conn);
            cmd.Parameters.AddWithValue("k", _key);
            await cmd.ExecuteScalarAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // The session ends anyway, which releases the lock.
        }
        catch (InvalidOperationException)
        {
            // The connection is busy or broken (after a cancelled command): closing it releases the lock.
        }
    }

    private static async Task<string> HolderAsync(NpgsqlConnection conn, long key, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select a.pid, coalesce(nullif(a.application_name, ''), 'unnamed client'), a.backend_start
            from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.granted
              and l.database = (select oid from pg_database where datname = current_database())
              and l.classid = ((@k >> 32) & 4294967295)::oid and l.objid = (@k & 4294967295)::oid and l.objsubid = 1
            limit 1
            """, conn);
        cmd.Parameters.AddWithValue("k", key);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await r.ReadAsync(ct).ConfigureAwait(false)
            ? $"held by backend pid {r.GetInt32(0)}, {r.GetString(1)}, connected since {r.GetDateTime(2):u}"
            : "holder not visible to this role";
    }
}
