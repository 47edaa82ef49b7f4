namespace SchemaGate.Catalog;

/// <summary>The catalog queries still to run, taken one at a time by whichever connection is free.</summary>
internal sealed class CatalogQueue(IReadOnlyList<CatalogQuery> queries)
{
    private int _next = -1;

    public bool TryTake(out CatalogQuery query)
    {
        var i = Interlocked.Increment(ref _next);
        query = i < queries.Count ? queries[i] : null!;
        return i < queries.Count;
    }
}
