namespace SchemaGate.Impact;

/// <summary>
/// What production holds in one table: the catalog's row estimate (<c>pg_class.reltuples</c>, -1 when never
/// analysed), the exact count when it was cheap (small table, counted under a short statement timeout), its total
/// size with indexes and TOAST, and for a column the number of rows where it is not null (exact path only).
/// </summary>
public sealed record TableImpact(ImpactTarget Target, string Table, double EstimatedRows, long? ExactRows, long TotalBytes, long? NonNullValues)
{
    public long? Rows => ExactRows ?? (EstimatedRows >= 0 ? (long)Math.Round(EstimatedRows) : null);
    public bool Exact => ExactRows is not null;
}
