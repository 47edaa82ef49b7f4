using Npgsql;

namespace SchemaGate.Catalog;

/// <summary>
/// Turns catalog query results into <see cref="SchemaObject"/>s: the first four columns are kind, schema, parent and
/// identity, every other column is an attribute named after it (NULL or empty after normalising = not set).
/// Results from several connections may be read at once; each result is collected apart, sorted by kind and
/// identity on the connection's own thread, and handed over whole, so the snapshot gets its objects in order.
/// </summary>
internal sealed class CatalogRowReader(SnapshotFilter filter, string journal)
{
    private const int FixedColumns = 4; // kind, schema, parent, identity

    private readonly Lock _gate = new();
    private readonly List<SchemaObject[]> _parts = [];

    public async Task ReadAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        do
        {
            var part = (await ReadResultAsync(reader, ct)).ToArray();
            if (part.Length == 0) continue;
            Sort(part);
            lock (_gate) _parts.Add(part);
        } while (await reader.NextResultAsync(ct));
    }

    /// <summary>
    /// Sorts one result into snapshot order. A result is nearly always of one kind (100,000 columns, say): then the
    /// identities alone are the keys, sorted as an array of strings, which is several times faster than comparing the
    /// objects (kind first, then identity) through a delegate.
    /// </summary>
    private static void Sort(SchemaObject[] part)
    {
        var kind = part[0].Kind;
        var keys = new string[part.Length];
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i].Kind != kind)
            {
                Array.Sort(part, SchemaSnapshot.Compare);
                return;
            }
            keys[i] = part[i].Identity;
        }
        Array.Sort(keys, part, StringComparer.Ordinal);
    }

    /// <summary>
    /// Every object read, in snapshot order when the results do not interleave (each query returns kinds of its
    /// own); the snapshot sorts whatever is not.
    /// </summary>
    public SchemaObject[] Objects()
    {
        lock (_gate)
        {
            _parts.Sort(static (a, b) => SchemaSnapshot.Compare(a[0], b[0]));
            var all = new SchemaObject[_parts.Sum(p => p.Length)];
            var at = 0;
            foreach (var p in _parts)
            {
                p.CopyTo(all, at);
                at += p.Length;
            }
            return all;
        }
    }

    private async Task<List<SchemaObject>> ReadResultAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var into = new List<SchemaObject>();
        var fieldCount = reader.FieldCount;
        if (fieldCount < FixedColumns) return into;

        // Attribute columns are read in column order (the row is walked forwards once) into the slot of their name's
        // rank, so each row's pairs come out sorted by name.
        var attributes = fieldCount - FixedColumns;
        var byName = Enumerable.Range(FixedColumns, attributes).OrderBy(reader.GetName, StringComparer.Ordinal).ToArray();
        var rank = new int[fieldCount];
        for (var r = 0; r < byName.Length; r++) rank[byName[r]] = r;
        // Interned: the few dozen attribute names are then one instance in every snapshot, so diffs compare them by reference.
        var names = byName.Select(o => string.Intern(reader.GetName(o))).ToArray();
        var slots = new string?[attributes];
        var buffer = new KeyValuePair<string, string>[attributes];
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        ObjectKind? lastKind = null;
        string? lastKindText = null, lastSchema = null, lastParent = null;

        while (await reader.ReadAsync(ct))
        {
            var kindText = reader.GetString(0);
            if (!string.Equals(kindText, lastKindText, StringComparison.Ordinal))
            {
                lastKind = Enum.Parse<ObjectKind>(kindText);
                lastKindText = kindText;
            }
            var kind = lastKind!.Value;
            var schema = Same(ref lastSchema, reader.GetString(1));
            var parent = reader.IsDBNull(2) ? null : Same(ref lastParent, reader.GetString(2));
            var identity = reader.GetString(3);
            if (identity == journal || parent == journal) continue;

            for (var ordinal = FixedColumns; ordinal < fieldCount; ordinal++)
            {
                var r = rank[ordinal];
                if (reader.IsDBNull(ordinal))
                {
                    slots[r] = null;
                    continue;
                }
                var raw = reader.GetString(ordinal);
                slots[r] = kind is ObjectKind.View or ObjectKind.MaterializedView && names[r] == AttributeNames.Definition
                    ? TextNormalizer.NormalizeViewDefinition(raw)
                    : TextNormalizer.Normalize(raw);
            }
            var count = 0;
            for (var r = 0; r < slots.Length; r++)
            {
                if (slots[r] is not { Length: > 0 } value) continue;
                buffer[count++] = new KeyValuePair<string, string>(names[r], Shared(shared, value));
            }

            into.Add(new SchemaObject(kind, identity, schema, parent, AttributeMap.FromSorted(buffer[..count])));
        }
        // Columns come with their attnum as position; ranked among the table's live columns before any is filtered out.
        if (lastKind == ObjectKind.Column) ColumnPositions.Rank(into);
        if (!filter.KeepsEverything) into.RemoveAll(o => !filter.Keeps(o));
        return into;
    }

    /// <summary>The previous row's instance when the text is the same (the columns of one table share their parent and schema).</summary>
    private static string Same(ref string? last, string value) =>
        string.Equals(last, value, StringComparison.Ordinal) ? last! : last = value;

    /// <summary>
    /// One instance per short value within a result ("bigint", "true", "NO ACTION" on 100,000 rows): a snapshot holds
    /// less, and the collector has fewer surviving strings to move.
    /// </summary>
    private static string Shared(Dictionary<string, string> shared, string value)
    {
        const int Short = 32;
        if (value.Length > Short) return value;
        if (shared.TryGetValue(value, out var known)) return known;
        if (shared.Count < 4096) shared.Add(value, value);
        return value;
    }
}
