using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SchemaGate.Failures;
using SchemaGate.Migrations.Journal;

namespace SchemaGate.Migrations.Runner;

/// <summary>The session advisory lock that lets one migrator at a time work on a database.</summary>
public static class AdvisoryLock
{
    /// <summary>A stable 64-bit key derived from the journal's name, so runners of the same journal contend.</summary>
    public static long KeyFor(JournalOptions journal)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("schemagate:" + journal.QualifiedName));
        return BitConverter.ToInt64(hash, 0);
    }

    public static async Task AcquireAsync(NpgsqlConnection conn, long key, TimeSpan wait, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var delay = 50;
        while (true)
        {
            await using (var cmd = new NpgsqlCommand("select pg_try_advisory_lock(@k)", conn))
            {
                cmd.Parameters.AddWithValue("k", key);
                if ((bool)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!) return;
            }
            if (sw.Elapsed >= wait)
                throw new InfrastructureException(
                    $"another migrator holds the migration lock on database '{conn.Database}' ({await HolderAsync(conn, key, ct).ConfigureAwait(false)}); " +
                    $"waited {wait.TotalSeconds:0.#} s (--lock-wait). Let it finish, or stop it, and run again.");
            await Task.Delay(delay, ct).ConfigureAwait(false);
            delay = Math.Min(delay * 2, 500);
        }
    }

    public static async Task ReleaseAsync(NpgsqlConnection conn, long key, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select pg_advisory_unlock(@k)", conn);
        cmd.Parameters.AddWithValue("k", key);
        await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false);
    }

    private static async Task<string> HolderAsync(NpgsqlConnection conn, long key, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select a.pid, coalesce(nullif(a.application_name, ''), 'unnamed client'), a.backend_start
            from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and l.granted
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
