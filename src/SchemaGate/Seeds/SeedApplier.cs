using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using SchemaGate.Failures;

namespace SchemaGate.Seeds;

/// <summary>
/// Applies the seeds to a database in ONE transaction: per table, COPY the rows into a temporary table, then one
/// set-based statement each: DELETE (mirror; children before parents), UPDATE ... FROM (upsert, mirror) and
/// INSERT ... SELECT ... WHERE NOT EXISTS (parents before children). Idempotent: a second run changes nothing.
/// Mirror deletes in a table without an SG503 allow roll everything back and refuse.
/// </summary>
public sealed class SeedApplier(SeedApplyOptions options)
{
    public async Task<SeedApplyResult> ApplyAsync(NpgsqlConnection conn, IReadOnlyList<SeedFile> seeds, SeedMode mode, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var shapes = await SeedCatalog.ReadAsync(conn, seeds, ct).ConfigureAwait(false);
        var missing = seeds.Where(s => !shapes.ContainsKey(s.QualifiedName)).Select(s => s.QualifiedName).ToArray();
        if (missing.Length > 0)
            throw new GateRefusedException($"seeding refused: table(s) {string.Join(", ", missing)} do not exist in the target database; migrate it first");
        SeedValidator.Validate(seeds, shapes);
        var ordered = SeedOrder.Sort(seeds, shapes);

        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecAsync(conn, $"set local lock_timeout = {Milliseconds(options.LockTimeout)}; set local statement_timeout = {Milliseconds(options.StatementTimeout)}", ct).ConfigureAwait(false);

        var sources = new Dictionary<string, (SeedStatements Sql, string Temp)>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var seed = ordered[i];
            var sql = new SeedStatements(seed, shapes[seed.QualifiedName]);
            var temp = $"pg_temp.schemagate_seed_{i}";
            await ExecAsync(conn, $"create temporary table schemagate_seed_{i} ({sql.TextColumns}) on commit drop", ct).ConfigureAwait(false);
            await CopyAsync(conn, temp, sql, seed, ct).ConfigureAwait(false);
            await ExecAsync(conn, $"analyze {temp}", ct).ConfigureAwait(false);
            sources[seed.QualifiedName] = (sql, temp);
        }

        var deleted = new Dictionary<string, int>(StringComparer.Ordinal);
        if (mode == SeedMode.Mirror)
        {
            foreach (var seed in ordered.Reverse())
            {
                var (sql, temp) = sources[seed.QualifiedName];
                int n;
                try { n = await ExecAsync(conn, sql.Delete(temp), ct).ConfigureAwait(false); }
                catch (PostgresException ex)
                {
                    throw new GateRefusedException($"mirror delete in {seed.QualifiedName} failed, nothing changed: {ex.MessageText}");
                }
                deleted[seed.QualifiedName] = n;
                if (n > 0 && seed.AllowDelete is null)
                {
                    await tx.RollbackAsync(ct).ConfigureAwait(false);
                    throw new GateRefusedException(
                        $"seeding refused, nothing changed: --seed-mode mirror would delete {n} row(s) of {seed.QualifiedName} that {seed.RelativePath} does not list " +
                        "(SG503); add '# schemagate:allow-file SG503 reason=\"...\"' to the CSV to accept it");
                }
            }
        }

        var results = new List<SeedTableCounts>();
        foreach (var seed in ordered)
        {
            var (sql, temp) = sources[seed.QualifiedName];
            int updated = 0, inserted;
            try
            {
                if (mode != SeedMode.Insert && sql.Update(temp) is { } update)
                    updated = await ExecAsync(conn, update, ct).ConfigureAwait(false);
                inserted = await ExecAsync(conn, sql.Insert(temp), ct).ConfigureAwait(false);
            }
            catch (PostgresException ex)
            {
                throw new GateRefusedException($"seeding {seed.QualifiedName} from {seed.RelativePath} failed, nothing changed: {ex.MessageText}" +
                                               (ex.Detail is { Length: > 0 } d ? $" ({d})" : ""));
            }
            results.Add(new SeedTableCounts(seed.QualifiedName, seed.RelativePath, seed.Rows.Count, inserted, updated,
                seed.Rows.Count - inserted - updated, deleted.GetValueOrDefault(seed.QualifiedName)));
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new SeedApplyResult(mode, results, sw.Elapsed);
    }

    internal static async Task CopyAsync(NpgsqlConnection conn, string temp, SeedStatements sql, SeedFile seed, CancellationToken ct)
    {
        await using var importer = await conn.BeginBinaryImportAsync($"copy {temp} ({sql.ColumnNames}) from stdin (format binary)", ct).ConfigureAwait(false);
        foreach (var row in seed.Rows)
        {
            await importer.StartRowAsync(ct).ConfigureAwait(false);
            foreach (var value in row.Values)
            {
                if (value is null) await importer.WriteNullAsync(ct).ConfigureAwait(false);
                else await importer.WriteAsync(value, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            }
        }
        await importer.CompleteAsync(ct).ConfigureAwait(false);
    }

    internal static async Task<int> ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static string Milliseconds(TimeSpan t) => $"'{Math.Max(0, (long)t.TotalMilliseconds)}ms'";
}

/// <summary>Timeouts for the seeding transaction (the runner's <c>--lock-timeout</c> and <c>--statement-timeout</c>).</summary>
public sealed record SeedApplyOptions
{
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
