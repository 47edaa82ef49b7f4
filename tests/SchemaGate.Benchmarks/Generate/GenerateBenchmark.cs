using System.Diagnostics;
using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Generation;

namespace SchemaGate.Benchmarks.Generate;

/// <summary>
/// GenerateMigration on a large schema: a source database of <c>tables</c> tables (the catalog benchmark's shape: 10
/// columns, primary key, unique, check, foreign key and an index each) and a target database built the same way with
/// about 1% of the tables changed (columns added, types widened, indexes added, checks changed, comments). Both are
/// snapshotted (reported, not counted), then the migration is generated (plan, render, lint) and validated (copy,
/// apply with the traced analysis, snapshot, compare), <c>iterations</c> times; peer: <c>pg_dump --schema-only</c> of
/// the source in the same run.
/// </summary>
public sealed class GenerateBenchmark(IEphemeralServer server, int tables, int iterations, string pgDump = "pg_dump")
{
    private const int BuildBatch = 500;

    public async Task<GenerateBenchmarkResult> RunAsync(CancellationToken ct)
    {
        var source = await server.CreateDatabaseAsync("gensrc", ct);
        var target = await server.CreateDatabaseAsync("gentgt", ct);
        await BuildAsync(source, ct);
        await BuildAsync(target, ct);
        var edits = await ChangeOnePercentAsync(target, ct);

        var reader = new SnapshotReader();
        var sourceSnapshotMs = new List<double>();
        var targetSnapshotMs = new List<double>();
        SchemaSnapshot? from = null, to = null;
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            from = await SnapshotAsync(reader, source, ct);
            sourceSnapshotMs.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            to = await SnapshotAsync(reader, target, ct);
            targetSnapshotMs.Add(sw.Elapsed.TotalMilliseconds);
        }

        var settings = new GenerationSettings { RepositoryRoot = Directory.GetCurrentDirectory() };
        await using var generator = new MigrationGenerator(settings, new Security.Redactor(), server);
        var generation = new List<double>();
        var validation = new List<double>();
        GeneratedMigration? last = null;
        for (var i = 0; i < iterations; i++)
        {
            last = await generator.GenerateAsync(new ResolvedSchema(from!, "source", null), new ResolvedSchema(to!, "target", null), null, ct);
            generation.Add(last.Timings.Generation.TotalMilliseconds);
            validation.Add(last.Timings.Validation.TotalMilliseconds);
        }

        var dumps = new List<double>();
        for (var i = 0; i < iterations; i++) dumps.Add(await PgDumpAsync(source, ct));
        // The two databases go with the server (dropping 10,000 tables each takes longer than a command may).
        return new GenerateBenchmarkResult(tables, from!.Objects.Count, edits, last!.Plan.Changes.Count, last.Plan.StatementCount,
            last.Validation.Passed, last.Validation.CopyMethod, sourceSnapshotMs, targetSnapshotMs, generation, validation, dumps);
    }

    private static async Task<SchemaSnapshot> SnapshotAsync(SnapshotReader reader, DatabaseUrl db, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(db.With(b => b.Pooling = false).ConnectionString);
        await conn.OpenAsync(ct);
        return await reader.ReadAsync(conn, SnapshotOptions.Default, ct);
    }

    private async Task BuildAsync(DatabaseUrl db, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync(ct);
        for (var start = 1; start <= tables; start += BuildBatch)
        {
            var end = Math.Min(tables, start + BuildBatch - 1);
            var sql = $$"""
                DO $gen$
                BEGIN
                  FOR i IN {{start}}..{{end}} LOOP
                    EXECUTE format('CREATE TABLE bench_%s (
                        id int PRIMARY KEY, code text UNIQUE, qty int CHECK (qty >= 0),
                        parent_id int REFERENCES bench_%s (id), name varchar(100), price numeric(10,2),
                        created timestamptz DEFAULT now(), active boolean NOT NULL DEFAULT true, note text, tag varchar(20))',
                      i, greatest(i - 1, 1));
                    EXECUTE format('CREATE INDEX bench_%s_name_idx ON bench_%s (name)', i, i);
                  END LOOP;
                END
                $gen$;
                """;
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 900 };
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>One table in a hundred changed, five kinds of change in turn; returns how many tables were changed.</summary>
    private async Task<int> ChangeOnePercentAsync(DatabaseUrl db, CancellationToken ct)
    {
        var sql = new System.Text.StringBuilder();
        var changed = 0;
        for (var i = 50; i <= tables; i += 100, changed++)
        {
            sql.Append((changed % 5) switch
            {
                0 => $"ALTER TABLE bench_{i} ADD COLUMN extra text DEFAULT 'x';",
                1 => $"ALTER TABLE bench_{i} ALTER COLUMN tag TYPE varchar(40);",
                2 => $"CREATE INDEX bench_{i}_code_price_idx ON bench_{i} (code, price);",
                3 => $"ALTER TABLE bench_{i} DROP CONSTRAINT bench_{i}_qty_check; ALTER TABLE bench_{i} ADD CONSTRAINT bench_{i}_qty_check CHECK (qty >= 1);",
                _ => $"COMMENT ON TABLE bench_{i} IS 'changed'; ALTER TABLE bench_{i} ALTER COLUMN note SET NOT NULL;",
            }).Append('\n');
        }
        await using var conn = new NpgsqlConnection(db.ConnectionString);
        await conn.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(sql.ToString(), conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync(ct);
        return changed;
    }

    private async Task<double> PgDumpAsync(DatabaseUrl db, CancellationToken ct)
    {
        var b = db.Builder;
        var psi = new ProcessStartInfo(pgDump) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--schema-only", "-h", b.Host ?? "localhost", "-p", b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-U", b.Username ?? "postgres", "-d", db.Database, "-f", "/dev/null" })
            psi.ArgumentList.Add(arg);
        if (!string.IsNullOrEmpty(b.Password)) psi.Environment["PGPASSWORD"] = b.Password;
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("pg_dump did not start.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"pg_dump --schema-only failed: {(await stderr).Split('\n')[0]}");
        return sw.Elapsed.TotalMilliseconds;
    }
}
