using Npgsql;

namespace SchemaGate.Connections;

/// <summary>
/// Watches one session (by backend pid) from a side connection while it is open: when the session has been blocked by
/// other sessions' locks for longer than <see cref="NoticeAfter"/>, says once who blocks it (pid, application_name,
/// state and since when, what it runs) through <see cref="SessionWaits"/>. The session's own lock_timeout and
/// statement_timeout end the wait; this only makes it visible and nameable.
/// </summary>
internal sealed class LockWaitMonitor : IAsyncDisposable
{
    public static readonly TimeSpan NoticeAfter = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private LockWaitMonitor(DatabaseUrl settings, int pid, string role, SessionWaits waits) =>
        _loop = Task.Run(() => WatchAsync(settings, pid, role, waits, _stop.Token));

    public static LockWaitMonitor Start(DatabaseUrl settings, int pid, string role, SessionWaits waits) => new(settings, pid, role, waits);

    private static async Task WatchAsync(DatabaseUrl settings, int pid, string role, SessionWaits waits, CancellationToken stop)
    {
        try
        {
            await Task.Delay(NoticeAfter, stop).ConfigureAwait(false);
            await using var side = new NpgsqlConnection(settings.With(b => { b.ApplicationName = "schemagate-watch"; b.Options = null; b.Pooling = false; }).ConnectionString);
            await side.OpenAsync(stop).ConfigureAwait(false);
            string? said = null;
            while (!stop.IsCancellationRequested)
            {
                // How long the session has waited is the server's own count (pg_locks.waitstart), so the notice comes as
                // soon as the wait is NoticeAfter old, well inside a lock_timeout of a few seconds.
                if (await BlockerAsync(side, pid, stop).ConfigureAwait(false) is var (blocker, waited) && waited >= NoticeAfter && blocker != said)
                {
                    said = blocker;
                    waits.Report($"the {role} session has waited {waited.TotalSeconds:0} s for a lock held by {blocker}");
                }
                await Task.Delay(Poll, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The session closed.
        }
        catch (NpgsqlException)
        {
            // No side connection to be had (a role limited to one connection): the wait stays unnamed, the timeouts still end it.
        }
    }

    /// <summary>Who blocks the session and how long it has waited for its oldest lock not yet granted; null when it waits for none.</summary>
    private static async Task<(string Blocker, TimeSpan Waited)?> BlockerAsync(NpgsqlConnection side, int pid, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select b.pid, coalesce(nullif(b.application_name, ''), 'unnamed client'), coalesce(b.state, 'unknown'),
                   coalesce(b.xact_start, b.query_start, b.backend_start), left(regexp_replace(coalesce(b.query, ''), '\s+', ' ', 'g'), 120),
                   extract(epoch from clock_timestamp() - (select min(l.waitstart) from pg_locks l where l.pid = @pid and not l.granted))::float8
              from pg_stat_activity b
             where b.pid = any(pg_blocking_pids(@pid))
             order by b.xact_start nulls last
             limit 1
            """, side);
        cmd.Parameters.AddWithValue("pid", pid);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false)) return null;
        var query = r.GetString(4);
        // waitstart is set a moment after the wait begins (and is null for an instant): counted as just begun.
        var waited = r.IsDBNull(5) ? TimeSpan.Zero : TimeSpan.FromSeconds(r.GetDouble(5));
        return ($"backend pid {r.GetInt32(0)} ({r.GetString(1)}, {r.GetString(2)} since {r.GetDateTime(3):u}" +
                (query.Length > 0 ? $", last statement: {query}" : "") + ")", waited);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try { await _loop.ConfigureAwait(false); }
        catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
