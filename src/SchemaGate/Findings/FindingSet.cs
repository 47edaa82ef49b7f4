namespace SchemaGate.Findings;

/// <summary>The findings of one run, in the order they were reported. Safe to add to from several tasks.</summary>
public sealed class FindingSet
{
    private readonly object _gate = new();
    private readonly List<Finding> _items = [];

    public void Add(Finding finding)
    {
        lock (_gate) _items.Add(finding);
    }

    public void AddRange(IEnumerable<Finding> findings)
    {
        lock (_gate) _items.AddRange(findings);
    }

    /// <summary>Replaces each finding with what <paramref name="revise"/> returns for it; null removes it. Order is kept.</summary>
    public void Revise(Func<Finding, Finding?> revise)
    {
        ArgumentNullException.ThrowIfNull(revise);
        lock (_gate)
        {
            var revised = _items.Select(revise).OfType<Finding>().ToList();
            _items.Clear();
            _items.AddRange(revised);
        }
    }

    public IReadOnlyList<Finding> Snapshot()
    {
        lock (_gate) return _items.ToArray();
    }

    public bool AnyBlocking
    {
        get { lock (_gate) return _items.Any(f => f.Blocks); }
    }

    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }
}
