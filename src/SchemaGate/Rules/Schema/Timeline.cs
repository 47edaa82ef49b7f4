namespace SchemaGate.Rules.Schema;

/// <summary>What is known of each key over the scripts: values set at positions, null for "gone". Reads ask "as of before".</summary>
internal sealed class Timeline<TKey, TValue> where TKey : notnull where TValue : class
{
    private readonly Dictionary<TKey, List<(SchemaPosition At, TValue? Value)>> _entries = [];

    public void Set(TKey key, SchemaPosition at, TValue? value)
    {
        if (!_entries.TryGetValue(key, out var list)) _entries[key] = list = [];
        list.Add((at, value));
    }

    /// <summary>The value set last before <paramref name="before"/>; null when none was, or it was gone.</summary>
    public TValue? Before(TKey key, SchemaPosition before)
    {
        if (!_entries.TryGetValue(key, out var list)) return null;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i].At < before) return list[i].Value;
        }
        return null;
    }

    /// <summary>The value at the end of the scripts.</summary>
    public TValue? Last(TKey key) => _entries.TryGetValue(key, out var list) ? list[^1].Value : null;

    public IEnumerable<TKey> Keys => _entries.Keys;

    /// <summary>True when a value was ever set for <paramref name="key"/> (even one that is gone).</summary>
    public bool Has(TKey key) => _entries.ContainsKey(key);

    /// <summary>Every value ever set, in order, with its key.</summary>
    public IEnumerable<(TKey Key, TValue Value)> All() =>
        _entries.SelectMany(p => p.Value.Where(e => e.Value is not null).Select(e => (p.Key, e.Value!)));
}
