using Npgsql;
using SchemaGate.Findings;

namespace SchemaGate.Seeds;

/// <summary>
/// Loads the seeds into the migrated ephemeral database to catch what only the server knows (types, foreign keys,
/// checks, unique constraints) before production sees them. Set-based per table; only when a table fails are its rows
/// retried one at a time (in savepoints) to name the CSV line. Everything is rolled back at the end.
/// </summary>
public static class SeedLoader
{
    private const int MaxRowsReported = 5;

    public static async Task<IReadOnlyList<Finding>> LoadAsync(NpgsqlConnection conn, IReadOnlyList<SeedFile> ordered,
        IReadOnlyDictionary<string, TableShape> shapes, CancellationToken ct)
    {
        var findings = new List<Finding>();
        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var seed in ordered)
        {
            var sql = new SeedStatements(seed, shapes[seed.QualifiedName]);
            PostgresException tableError;
            await tx.SaveAsync("seed_table", ct).ConfigureAwait(false);
            try
            {
                await RunAsync(conn, sql, seed, seed.Rows, ct).ConfigureAwait(false);
                await tx.ReleaseAsync("seed_table", ct).ConfigureAwait(false);
                continue;
            }
            catch (PostgresException ex)
            {
                await tx.RollbackAsync("seed_table", ct).ConfigureAwait(false);
                tableError = ex;
            }

            var reported = 0;
            foreach (var row in seed.Rows)
            {
                await tx.SaveAsync("seed_row", ct).ConfigureAwait(false);
                try
                {
                    await RunAsync(conn, sql, seed, [row], ct).ConfigureAwait(false);
                    await tx.ReleaseAsync("seed_row", ct).ConfigureAwait(false);
                }
                catch (PostgresException ex)
                {
                    await tx.RollbackAsync("seed_row", ct).ConfigureAwait(false);
                    findings.Add(SeedRules.RowRejected.Report(
                        $"row rejected by {seed.QualifiedName}: {ex.MessageText}" + (ex.Detail is { Length: > 0 } d ? $" ({d})" : ""),
                        seed.RelativePath, row.Line, obj: seed.QualifiedName));
                    if (++reported == MaxRowsReported) break;
                }
            }
            if (reported == 0)
            {
                // Every row passes alone but not together (for example a row that refers to a later row of the same file).
                findings.Add(SeedRules.RowRejected.Report($"the rows of {seed.QualifiedName} are refused together: {tableError.MessageText}",
                    seed.RelativePath, seed.HeaderLine, obj: seed.QualifiedName));
            }
        }
        await tx.RollbackAsync(ct).ConfigureAwait(false);
        return findings;
    }

    /// <summary>Upsert without delete: every row is written, so every value meets the server's checks.</summary>
    private static async Task RunAsync(NpgsqlConnection conn, SeedStatements sql, SeedFile seed, IReadOnlyList<SeedRow> rows, CancellationToken ct)
    {
        foreach (var statement in new[] { sql.Update("seed_rows"), sql.Insert("seed_rows") })
        {
            if (statement is null) continue;
            await using var cmd = new NpgsqlCommand($"with seed_rows as materialized (select * from {sql.Unnest}) {statement}", conn);
            foreach (var parameter in SeedParameters.Arrays(seed, rows)) cmd.Parameters.Add(parameter);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }
}
