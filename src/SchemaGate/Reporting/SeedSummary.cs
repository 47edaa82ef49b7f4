namespace SchemaGate.Reporting;

/// <summary>The seed plan for the report: the mode, whether production was compared (and why not), and per table the counts.</summary>
public sealed record SeedSummary(string Mode, bool Planned, string? Reason, IReadOnlyList<SeedTableSummary> Tables);

/// <summary>One seeded table: rows in its CSV and how many would be inserted, updated, left alone and deleted in production.</summary>
public sealed record SeedTableSummary(string Table, string File, int Rows, int Insert, int Update, int Unchanged, int Delete);
