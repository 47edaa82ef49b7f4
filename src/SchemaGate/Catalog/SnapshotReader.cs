using System.Data;
using Npgsql;
using SchemaGate.Failures;

namespace SchemaGate.Catalog;

/// <summary>
/// Introspects a database into a <see cref="SchemaSnapshot"/>. The embedded catalog queries run inside read-only
/// repeatable-read transactions, so a read-only session with a role that can only read the catalogs is enough.
/// The given connection exports its snapshot and up to <see cref="SnapshotOptions.MaxConnections"/> - 1 clones of it
/// import that snapshot; the queries (heaviest first) are shared out among them, so the picture is still one
/// consistent moment while the server deparses on several backends at once.
/// </summary>
public sealed class SnapshotReader
{
    // Read-only whatever the session says; enough sort memory that a large catalog's sorts and hashes stay off disk.
    // No JIT: the catalog queries' row estimates are often far off, and compiling one query took 0.7 s on a server
    // with jit on (more than the query itself).
    private const string SessionSettings = "SET TRANSACTION READ ONLY; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off";

    // When several connections share the queries, no parallel workers: the connections already keep the cores busy,
    // and each worker is a fresh process with cold caches taking the CPU the other connections deparse with. One
    // connection alone keeps them (a worker scanning pg_attribute beside it still helps there).
    private const string NoParallelWorkers = "SET LOCAL max_parallel_workers_per_gather = 0";

    // pg_export_snapshot is refused on a standby; there the given connection does all the work.
    private const string ExportSnapshot = "SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_export_snapshot() END";

    private readonly IReadOnlyList<CatalogQuery> _queries = CatalogQueries.Load();

    /// <summary>Runs after the given connection exported its snapshot, before any clone imports it (a test seam).</summary>
    internal Func<CancellationToken, Task>? SnapshotExported { get; init; }

    public async Task<SchemaSnapshot> ReadAsync(NpgsqlConnection conn, SnapshotOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conn);
        ArgumentNullException.ThrowIfNull(options);
        if (conn.State != ConnectionState.Open) await conn.OpenAsync(ct);

        var sink = new CatalogRowReader(options.Filter, JournalIdentity(options.JournalTable));
        var extra = new List<NpgsqlConnection>();
        try
        {
            await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            await ExecuteAsync(conn, tx, SessionSettings, ct);
            var progress = await ProgressAsync(conn, tx, options, ct);
            var lanes = new List<(NpgsqlConnection Conn, NpgsqlTransaction Tx)> { (conn, tx) };
            if (options.MaxConnections > 1 && _queries.Count > 1)
                await AddLanesAsync(conn, tx, options.MaxConnections - 1, lanes, extra, SnapshotExported, ct);
            if (lanes.Count > 1) await ExecuteAsync(conn, tx, NoParallelWorkers, ct);

            if (lanes.Count == 1 && options.Prepare)
            {
                await RunBatchAsync(conn, tx, sink, options, ct);
                await tx.CommitAsync(ct);
                return new SchemaSnapshot(conn.ServerVersion, conn.PostgreSqlVersion.Major, sink.Objects());
            }
            var queue = new CatalogQueue(_queries);
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var work = lanes.Select(l => RunLaneAsync(l.Conn, l.Tx, queue, sink, options, failed, progress)).ToArray();
            try
            {
                await Task.WhenAll(work);
            }
            catch when (work.FirstOrDefault(t => t.IsFaulted && t.Exception?.InnerException is not OperationCanceledException) is { } first)
            {
                // Report what failed, not a lane cancelled because of it.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first.Exception!.InnerException!).Throw();
            }
            for (var i = 1; i < lanes.Count; i++) await lanes[i].Tx.CommitAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (PostgresException ex)
        {
            throw new InfrastructureException(
                $"Reading the schema catalog failed: {ex.MessageText} (SQLSTATE {ex.SqlState}).", ex);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new InfrastructureException("Reading the schema catalog failed: the connection to the server broke.", ex);
        }
        finally
        {
            foreach (var c in extra) await c.DisposeAsync();
        }

        return new SchemaSnapshot(conn.ServerVersion, conn.PostgreSqlVersion.Major, sink.Objects());
    }

    /// <summary>
    /// Opens up to <paramref name="count"/> clones of the connection in transactions that import its snapshot.
    /// A clone that cannot connect (connection limit, pooler) is simply not used.
    /// </summary>
    private static async Task AddLanesAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, int count,
        List<(NpgsqlConnection, NpgsqlTransaction)> lanes, List<NpgsqlConnection> extra,
        Func<CancellationToken, Task>? exported, CancellationToken ct)
    {
        string? snapshotId;
        await using (var export = new NpgsqlCommand(ExportSnapshot, conn, tx))
            snapshotId = await export.ExecuteScalarAsync(ct) as string;
        if (snapshotId is null) return;
        if (exported is not null) await exported(ct);

        var opened = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => TryOpenCloneAsync(conn, ct)));
        foreach (var clone in opened)
        {
            if (clone is null) continue;
            extra.Add(clone);
            var cloneTx = await clone.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            // SET TRANSACTION SNAPSHOT must be the transaction's first statement; the id is the server's own text.
            await ExecuteAsync(clone, cloneTx,
                $"SET TRANSACTION SNAPSHOT '{snapshotId.Replace("'", "''", StringComparison.Ordinal)}'; {SessionSettings}; {NoParallelWorkers}", ct);
            lanes.Add((clone, cloneTx));
        }
    }

    private static async Task<NpgsqlConnection?> TryOpenCloneAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var clone = conn.CloneWith(conn.ConnectionString);
        try
        {
            await clone.OpenAsync(ct);
            return clone;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException && !ct.IsCancellationRequested)
        {
            await clone.DisposeAsync();
            return null;
        }
    }

    /// <summary>Every query in one round trip on one connection, prepared there once.</summary>
    private async Task RunBatchAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CatalogRowReader sink, SnapshotOptions options, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(conn, tx) { Timeout = options.CommandTimeoutSeconds };
        foreach (var query in _queries) batch.BatchCommands.Add(new NpgsqlBatchCommand(query.Sql));
        await batch.PrepareAsync(ct);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await sink.ReadAsync(reader, ct);
    }

    /// <summary>Counts the tables when someone listens; above the threshold, says the read starts and returns what to call per query read.</summary>
    private async Task<Action<string>?> ProgressAsync(NpgsqlConnection conn, NpgsqlTransaction tx, SnapshotOptions options, CancellationToken ct)
    {
        if (options.Progress is not { } report) return null;
        long tables;
        await using (var cmd = new NpgsqlCommand(TableCount, conn, tx))
            tables = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        if (tables <= options.ProgressFromTables) return null;
        report($"Reading the schema catalog: {tables:N0} tables, {_queries.Count} catalog queries");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        return name => report($"  catalog {Interlocked.Increment(ref done)}/{_queries.Count} read ({name}, {clock.Elapsed.TotalSeconds:0.0} s)");
    }

    private const string TableCount = """
        SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
        """;

    private static async Task RunLaneAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, CatalogQueue queue, CatalogRowReader sink, SnapshotOptions options,
        CancellationTokenSource failed, Action<string>? progress)
    {
        try
        {
            while (queue.TryTake(out var query))
            {
                if (query.MinimumServer > conn.PostgreSqlVersion.Major) continue;
                await using var cmd = new NpgsqlCommand(query.Sql, conn, tx) { CommandTimeout = options.CommandTimeoutSeconds };
                await using var reader = await cmd.ExecuteReaderAsync(failed.Token);
                await sink.ReadAsync(reader, failed.Token);
                progress?.Invoke(query.Name);
            }
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static string JournalIdentity(string journalTable)
    {
        var name = journalTable.Replace("\"", "", StringComparison.Ordinal).Trim();
        return name.Contains('.') ? name : "public." + name;
    }
}
