using System.Diagnostics;
using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;

namespace SchemaGate.Benchmarks.Catalog;

/// <summary>The measured numbers: snapshot times (ms), pg_dump --schema-only time (ms), and what the snapshot held.</summary>
public sealed record CatalogBenchmarkResult(
    int Tables, int Objects, IReadOnlyList<double> SnapshotMs, double SnapshotMedianMs, double PgDumpMedianMs, int JsonBytes)
{
    public double RatioToPgDump => PgDumpMedianMs > 0 ? SnapshotMedianMs / PgDumpMedianMs : double.NaN;

    /// <summary>The targets from the brief: median at most 2 s and at most a quarter of pg_dump's time.</summary>
    public bool MeetsTargets => SnapshotMedianMs <= 2000 && RatioToPgDump <= 0.25;

    public override string ToString() =>
        $"catalog snapshot of {Tables} tables ({Objects} objects, {JsonBytes / 1024} KiB JSON): median {SnapshotMedianMs:F0} ms " +
        $"[{string.Join(", ", SnapshotMs.Select(m => m.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}], " +
        $"pg_dump --schema-only median {PgDumpMedianMs:F0} ms, ratio {RatioToPgDump:F2} (targets: <= 2000 ms, <= 0.25)";
}

/// <summary>
/// Snapshots a database of <c>tables</c> tables (10 columns, primary key, unique, check, foreign key and an index
/// each), built in the given database when it does not hold them yet, and compares with <c>pg_dump --schema-only</c>.
/// </summary>
public sealed class CatalogBenchmark(DatabaseUrl database, string pgDump = "pg_dump", int tables = 10_000, int iterations = 5)
{
    private const int BuildBatch = 500;

    public async Task<CatalogBenchmarkResult> RunAsync(CancellationToken ct)
    {
        await EnsureTablesAsync(ct);

        var reader = new SnapshotReader();
        var times = new List<double>();
        SchemaSnapshot? snapshot = null;
        await using (var conn = new NpgsqlConnection(database.ConnectionString))
        {
            await conn.OpenAsync(ct);
            snapshot = await reader.ReadAsync(conn, SnapshotOptions.Default, ct); // warm-up
            for (var i = 0; i < iterations; i++)
            {
                var sw = Stopwatch.StartNew();
                snapshot = await reader.ReadAsync(conn, SnapshotOptions.Default, ct);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        var dumps = new List<double>();
        for (var i = 0; i < Math.Max(1, iterations / 2); i++) dumps.Add(await PgDumpAsync(ct));

        var json = SnapshotJson.WriteToString(snapshot);
        return new CatalogBenchmarkResult(tables, snapshot.Objects.Count, times, Median(times), Median(dumps), System.Text.Encoding.UTF8.GetByteCount(json));
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

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
