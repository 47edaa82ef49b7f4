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

    /// <summary>Replaces the whole set with what <paramref name="revise"/> makes of it (a keyed join, new evidence). Order is the function's.</summary>
    public void Revise(Func<IReadOnlyList<Finding>, IReadOnlyList<Finding>> revise)
    {
        ArgumentNullException.ThrowIfNull(revise);
        lock (_gate)
        {
            var revised = revise(_items.ToArray());
            _items.Clear();
            _items.AddRange(revised);
        }
    }

    public IReadOnlyList<Finding> Snapshot()
    {
        lock (_gate) return _items.ToArray();
    }

    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }
}
