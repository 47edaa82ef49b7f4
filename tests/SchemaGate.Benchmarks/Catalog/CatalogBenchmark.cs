using System.Diagnostics;
using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;

namespace SchemaGate.Benchmarks.Catalog;

/// <summary>
/// Snapshots a database of <c>tables</c> tables (10 columns, primary key, unique, check, foreign key and an index
/// each), built in the given database when it does not hold them yet, and compares with <c>pg_dump --schema-only</c>
/// in the same run. Then diffs two such snapshots (identical, and with about 1% of the objects changed) and reports
/// memory.
/// </summary>
public sealed class CatalogBenchmark(DatabaseUrl database, string pgDump = "pg_dump", int tables = 10_000, int iterations = 5)
{
    private const int BuildBatch = 500;

    public async Task<CatalogBenchmarkResult> RunAsync(CancellationToken ct)
    {
        await EnsureTablesAsync(ct);

        var reader = new SnapshotReader();
        var progress = new List<string>();
        var withProgress = SnapshotOptions.Default with { Progress = l => { lock (progress) progress.Add(l); } };
        var times = new List<double>();
        var cpuTimes = new List<(double ClientMs, double? ServerMs, double GcPauseMs)>();
        var peakHeap = 0L;
        SchemaSnapshot first;
        SchemaSnapshot snapshot;
        long allocated;
        long retained;
        await using (var conn = new NpgsqlConnection(database.ConnectionString))
        {
            await conn.OpenAsync(ct);
            first = await reader.ReadAsync(conn, SnapshotOptions.Default, ct); // warm-up
            // What one more snapshot keeps alive: the managed heap after a full collection, with and without it.
            var without = GC.GetTotalMemory(forceFullCollection: true);
            snapshot = await reader.ReadAsync(conn, SnapshotOptions.Default, ct);
            retained = Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - without);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < iterations; i++)
            {
                progress.Clear();
                var cpu = CpuClock.Now();
                var sw = Stopwatch.StartNew();
                snapshot = await reader.ReadAsync(conn, withProgress, ct);
                times.Add(sw.Elapsed.TotalMilliseconds);
                cpuTimes.Add(CpuClock.Now().Since(cpu));
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            }
            allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Math.Max(1, iterations);
        }

        var dumps = new List<double>();
        for (var i = 0; i < iterations; i++) dumps.Add(await PgDumpAsync(ct));

        // Two snapshots of the same database (distinct object instances), and a copy of one with ~1% edited.
        var (changed, edits) = SnapshotEdits.ChangeOnePercent(snapshot);
        var identical = new List<double>();
        var withChanges = new List<double>();
        var found = 0;
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            var none = SchemaDiff.Compare(first, snapshot, DiffOptions.Default);
            identical.Add(sw.Elapsed.TotalMilliseconds);
            if (none.Count != 0) throw new InvalidOperationException($"Two snapshots of an unchanged database differ: {none[0]}");
            sw.Restart();
            found = SchemaDiff.Compare(snapshot, changed, DiffOptions.Default).Count;
            withChanges.Add(sw.Elapsed.TotalMilliseconds);
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
        }

        var json = SnapshotJson.WriteToString(snapshot);
        var memory = new CatalogMemory(
            Process.GetCurrentProcess().PeakWorkingSet64,
            retained,
            allocated,
            Math.Max(peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes));

        return new CatalogBenchmarkResult(tables, CountObjects(json), System.Text.Encoding.UTF8.GetByteCount(json),
            times, dumps, identical, withChanges, found, edits, memory, [.. progress])
        {
            ClientCpuMs = [.. cpuTimes.Select(c => c.ClientMs)],
            ServerCpuMs = cpuTimes.All(c => c.ServerMs is not null) ? [.. cpuTimes.Select(c => c.ServerMs!.Value)] : [],
            GcPauseMs = [.. cpuTimes.Select(c => c.GcPauseMs)],
        };
    }

    private static int CountObjects(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("objects").GetArrayLength();
    }

    private async Task EnsureTablesAsync(CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync(ct);
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM pg_class WHERE relname LIKE 'bench\\_%' AND relkind = 'r'", conn))
            if ((long)(await count.ExecuteScalarAsync(ct))! >= tables) return;

        for (var start = 1; start <= tables; start += BuildBatch)
        {
            var end = Math.Min(tables, start + BuildBatch - 1);
            var sql = $$"""
                DO $bench$
                BEGIN
                  FOR i IN {{start}}..{{end}} LOOP
                    EXECUTE format('CREATE TABLE IF NOT EXISTS bench_%s (
                        id int PRIMARY KEY, code text UNIQUE, qty int CHECK (qty >= 0),
                        parent_id int REFERENCES bench_%s (id), name varchar(100), price numeric(10,2),
                        created timestamptz DEFAULT now(), active boolean NOT NULL DEFAULT true, note text, tag varchar(20))',
                      i, greatest(i - 1, 1));
                    EXECUTE format('CREATE INDEX IF NOT EXISTS bench_%s_name_idx ON bench_%s (name)', i, i);
                  END LOOP;
                END
                $bench$;
                """;
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task<double> PgDumpAsync(CancellationToken ct)
    {
        var b = database.Builder;
        var psi = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--schema-only", "-h", b.Host ?? "localhost", "-p", b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-U", b.Username ?? "postgres", "-d", database.Database, "-f", "/dev/null" })
            psi.ArgumentList.Add(arg);
        if (!string.IsNullOrEmpty(b.Password)) psi.Environment["PGPASSWORD"] = b.Password; // never on the command line

        var sw = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("pg_dump did not start.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var elapsed = sw.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pg_dump --schema-only failed with exit code {process.ExitCode}: {(await stderr).Split('\n')[0]}");
        return elapsed;
    }
}
