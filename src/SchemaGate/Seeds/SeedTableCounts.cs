namespace SchemaGate.Seeds;

/// <summary>
/// What seeding does (plan) or did (apply) to one table: rows in the CSV, rows inserted, updated, left alone and
/// deleted. <see cref="Differing"/> counts existing rows that differ from the seed but are left alone (insert mode).
/// </summary>
public sealed record SeedTableCounts(string Table, string File, int Rows, int Insert, int Update, int Unchanged, int Delete,
    int Differing = 0, string? Note = null)
{
    public string Describe() =>
        $"{Table} ({File}): {Rows} row(s): {Insert} to insert, {Update} to update, {Unchanged} unchanged, {Delete} to delete" +
        (Differing > 0 ? $"; {Differing} differ but are left alone (--seed-mode upsert updates them)" : "") +
        (Note is null ? "" : $"; {Note}");
}

/// <summary>The plan for every seeded table, in foreign-key order; <see cref="Planned"/> is false when production was not compared.</summary>
public sealed record SeedPlan(SeedMode Mode, bool Planned, string? Reason, IReadOnlyList<SeedTableCounts> Tables);

/// <summary>What <c>ApplySeedsAsync</c> changed in production, in one transaction.</summary>
public sealed record SeedApplyResult(SeedMode Mode, IReadOnlyList<SeedTableCounts> Tables, TimeSpan Duration)
{
    public int Inserted => Tables.Sum(t => t.Insert);
    public int Updated => Tables.Sum(t => t.Update);
    public int Deleted => Tables.Sum(t => t.Delete);
}
