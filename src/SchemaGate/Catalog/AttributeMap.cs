using System.Collections;

namespace SchemaGate.Catalog;

/// <summary>
/// An immutable attribute-name to value map kept sorted by name (ordinal), so that iteration order is stable.
/// Array-backed: a snapshot holds hundreds of thousands of these.
/// </summary>
public sealed class AttributeMap : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] _items;

    public static AttributeMap Empty { get; } = new([]);

    private AttributeMap(KeyValuePair<string, string>[] sortedItems) => _items = sortedItems;

    /// <summary>Builds a map from pairs in any order; duplicate names are rejected.</summary>
    public static AttributeMap From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var items = pairs.ToArray();
        Array.Sort(items, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < items.Length; i++)
            if (items[i - 1].Key == items[i].Key)
                throw new ArgumentException($"Attribute '{items[i].Key}' is given twice.", nameof(pairs));
        return new AttributeMap(items);
    }

    /// <summary>Wraps pairs the caller already sorted by name (ordinal) without duplicates. The array is taken over.</summary>
    internal static AttributeMap FromSorted(KeyValuePair<string, string>[] sortedItems) => new(sortedItems);

    /// <summary>A copy with <paramref name="key"/>'s value replaced (the key must be present).</summary>
    internal AttributeMap WithValue(string key, string value)
    {
        var i = IndexOf(key);
        if (i < 0) throw new KeyNotFoundException(key);
        var items = (KeyValuePair<string, string>[])_items.Clone();
        items[i] = new KeyValuePair<string, string>(items[i].Key, value);
        return new AttributeMap(items);
    }

    public int Count => _items.Length;

    /// <summary>The pairs in name order, for comparisons in this assembly that must not allocate.</summary>
    internal ReadOnlySpan<KeyValuePair<string, string>> Items => _items;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _items.Select(static p => p.Key);

    public IEnumerable<string> Values => _items.Select(static p => p.Value);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public string? GetValueOrDefault(string key) => TryGetValue(key, out var value) ? value : null;

    public bool TryGetValue(string key, out string value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _items[i].Value : null!;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        int lo = 0, hi = _items.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var cmp = string.CompareOrdinal(_items[mid].Key, key);
            if (cmp == 0) return mid;
            if (cmp < 0) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
}
