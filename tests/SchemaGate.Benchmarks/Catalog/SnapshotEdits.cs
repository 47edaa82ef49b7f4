using SchemaGate.Catalog;

namespace SchemaGate.Benchmarks.Catalog;

/// <summary>
/// A copy of a snapshot with about 1% of its objects edited, in the mix a real release brings: every 300th object
/// removed, every 300th (offset) given a changed attribute, and as many new columns added.
/// </summary>
internal static class SnapshotEdits
{
    public static (SchemaSnapshot Changed, int Edits) ChangeOnePercent(SchemaSnapshot snapshot)
    {
        var objects = new List<SchemaObject>(snapshot.Objects.Count + snapshot.Objects.Count / 300);
        var edits = 0;
        for (var i = 0; i < snapshot.Objects.Count; i++)
        {
            var o = snapshot.Objects[i];
            if (i % 300 == 0 && o.Kind is not (ObjectKind.Table or ObjectKind.Schema))
            {
                edits++;
                continue;
            }
            if (i % 300 == 100)
            {
                var attrs = o.Attributes.Where(a => a.Key != AttributeNames.Comment)
                    .Append(new KeyValuePair<string, string>(AttributeNames.Comment, "edited " + i));
                objects.Add(o with { Attributes = AttributeMap.From(attrs) });
                edits++;
                continue;
            }
            if (i % 300 == 200 && o.Kind == ObjectKind.Column && o.Parent is not null)
            {
                objects.Add(o with { Identity = o.Parent + ".added_" + i });
                edits++;
            }
            objects.Add(o);
        }
        return (new SchemaSnapshot(snapshot.ServerVersion, snapshot.ServerMajor, objects), edits);
    }
}
