using Npgsql;

namespace SchemaGate.Seeds;

/// <summary>
/// Computes, without writing, what seeding would do to each table of a database: one read-only query per table
/// that passes the seed rows as <c>text[]</c> parameters (<c>unnest</c>), so it works in a session with
/// <c>default_transaction_read_only=on</c> (no temporary table).
/// </summary>
public static class SeedPlanner
{
    public static async Task<IReadOnlyList<SeedTableCounts>> PlanAsync(NpgsqlConnection conn, IReadOnlyList<SeedFile> ordered, SeedMode mode, CancellationToken ct)
    {
        var shapes = await SeedCatalog.ReadAsync(conn, ordered, ct).ConfigureAwait(false);
        var plans = new List<SeedTableCounts>();
        foreach (var seed in ordered)
        {
            if (!shapes.TryGetValue(seed.QualifiedName, out var shape))
            {
                plans.Add(new SeedTableCounts(seed.QualifiedName, seed.RelativePath, seed.Rows.Count, seed.Rows.Count, 0, 0, 0,
                    Note: "table not in production yet (a pending migration creates it): every row is inserted"));
                continue;
            }
            var missingKeys = seed.KeyColumns.Where(k => shape.Column(k) is null).ToArray();
            if (missingKeys.Length > 0)
            {
                plans.Add(new SeedTableCounts(seed.QualifiedName, seed.RelativePath, seed.Rows.Count, seed.Rows.Count, 0, 0, 0,
                    Note: $"key column(s) {string.Join(", ", missingKeys)} not in production yet: every row is counted as an insert"));
                continue;
            }
            var missing = seed.Columns.Where(c => shape.Column(c) is null).ToArray();
            var statements = new SeedStatements(seed, shape);
            await using var cmd = new NpgsqlCommand($"with seed_rows as materialized (select * from {statements.Unnest}) {statements.Counts("seed_rows")}", conn);
            foreach (var parameter in SeedParameters.Arrays(seed)) cmd.Parameters.Add(parameter);
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await r.ReadAsync(ct).ConfigureAwait(false);
            int absent = r.GetInt32(0), differing = r.GetInt32(1), equal = r.GetInt32(2), extra = r.GetInt32(3);
            var note = missing.Length == 0 ? null : $"column(s) {string.Join(", ", missing)} not in production yet: not compared";
            plans.Add(mode == SeedMode.Insert
                ? new SeedTableCounts(seed.QualifiedName, seed.RelativePath, seed.Rows.Count, absent, 0, differing + equal, 0, differing, note)
                : new SeedTableCounts(seed.QualifiedName, seed.RelativePath, seed.Rows.Count, absent, differing, equal,
                    mode == SeedMode.Mirror ? extra : 0, 0, note));
        }
        return plans;
    }
}
