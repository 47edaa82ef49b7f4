namespace SchemaGate.Catalog;

/// <summary>
/// An immutable picture of a database's schema. Objects are sorted by kind then identity (ordinal);
/// the server version is recorded for the report but never compared.
/// </summary>
public sealed class SchemaSnapshot
{
    private readonly Dictionary<(ObjectKind, string), SchemaObject> _byKey;

    public SchemaSnapshot(string serverVersion, int serverMajor, IEnumerable<SchemaObject> objects)
    {
        ArgumentNullException.ThrowIfNull(serverVersion);
        ArgumentNullException.ThrowIfNull(objects);
        ServerVersion = serverVersion;
        ServerMajor = serverMajor;
        var sorted = objects.ToArray();
        Array.Sort(sorted, Compare);
        _byKey = new Dictionary<(ObjectKind, string), SchemaObject>(sorted.Length);
        foreach (var o in sorted)
            if (!_byKey.TryAdd((o.Kind, o.Identity), o))
                throw new ArgumentException($"The snapshot holds {o.Kind} {o.Identity} twice.", nameof(objects));
        Objects = sorted;
    }

    public string ServerVersion { get; }
    public int ServerMajor { get; }
    public IReadOnlyList<SchemaObject> Objects { get; }

    public SchemaObject? Find(ObjectKind kind, string identity) => _byKey.GetValueOrDefault((kind, identity));

    public IEnumerable<SchemaObject> OfKind(ObjectKind kind) => Objects.Where(o => o.Kind == kind);

    internal static int Compare(SchemaObject a, SchemaObject b)
    {
        var byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Identity, b.Identity);
    }
}
