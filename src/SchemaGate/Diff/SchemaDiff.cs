using SchemaGate.Catalog;

namespace SchemaGate.Diff;

/// <summary>
/// Compares two snapshots by identity. Renames show as a removal plus an addition. Whitespace-only differences in
/// text are not changes. When a table or view is added or removed, the same change to its own columns,
/// constraints, indexes, triggers, policies, owned sequences and partitions is implied and not listed again (the same
/// holds for a foreign table's columns and a range type's multirange), unless <see cref="DiffOptions.ListImplied"/>.
/// An attribute the reading role could not see (<see cref="AttributeNames.NotReadable"/>) is compared with nothing.
/// Result order: object kind (enum order), then identity (ordinal).
/// </summary>
public static class SchemaDiff
{
    public static IReadOnlyList<SchemaChange> Compare(SchemaSnapshot from, SchemaSnapshot to, DiffOptions options)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(options);

        var changes = new List<SchemaChange>();
        var before = from.Span;
        var after = to.Span;
        int i = 0, j = 0;
        while (i < before.Length || j < after.Length)
        {
            var cmp = i >= before.Length ? 1 : j >= after.Length ? -1 : SchemaSnapshot.Compare(before[i], after[j]);
            if (cmp < 0)
            {
                var o = before[i++];
                if (!Ignored(o, options))
                    changes.Add(new SchemaChange(ChangeKind.Removed, o.Kind, o.Identity, []) { Before = o });
            }
            else if (cmp > 0)
            {
                var o = after[j++];
                if (!Ignored(o, options))
                    changes.Add(new SchemaChange(ChangeKind.Added, o.Kind, o.Identity, []) { After = o });
            }
            else
            {
                var a = before[i++];
                var b = after[j++];
                if (Ignored(a, options) || SameAttributes(a.Attributes, b.Attributes, options)) continue;
                var attrs = CompareAttributes(a, b, options);
                if (attrs.Count > 0)
                    changes.Add(new SchemaChange(ChangeKind.Altered, a.Kind, a.Identity, attrs) { Before = a, After = b });
            }
        }
        return options.ListImplied ? changes : WithoutImplied(changes);
    }

    private static bool Ignored(SchemaObject o, DiffOptions options) =>
        options.IgnoreObjects.Count > 0 &&
        (Glob.MatchesAny(options.IgnoreObjects, o.Identity) ||
         (o.Parent is not null && Glob.MatchesAny(options.IgnoreObjects, o.Parent)));

    /// <summary>
    /// The common case, checked without allocating: both objects have the same attribute names with equal values.
    /// Anything else (including values that differ only in whitespace) goes to <see cref="CompareAttributes"/>.
    /// </summary>
    private static bool SameAttributes(AttributeMap a, AttributeMap b, DiffOptions options)
    {
        var x = a.Items;
        var y = b.Items;
        if (x.Length != y.Length) return false;
        for (var k = 0; k < x.Length; k++)
        {
            if (!string.Equals(x[k].Key, y[k].Key, StringComparison.Ordinal)) return false;
            if (!string.Equals(x[k].Value, y[k].Value, StringComparison.Ordinal) && !IgnoredAttribute(x[k].Key, options)) return false;
        }
        return true;
    }

    private static List<AttributeChange> CompareAttributes(SchemaObject a, SchemaObject b, DiffOptions options)
    {
        var result = new List<AttributeChange>();
        using var x = a.Attributes.GetEnumerator();
        using var y = b.Attributes.GetEnumerator();
        var hasX = x.MoveNext();
        var hasY = y.MoveNext();
        while (hasX || hasY)
        {
            var cmp = !hasX ? 1 : !hasY ? -1 : string.CompareOrdinal(x.Current.Key, y.Current.Key);
            string name;
            string? va = null, vb = null;
            if (cmp < 0) { name = x.Current.Key; va = x.Current.Value; hasX = x.MoveNext(); }
            else if (cmp > 0) { name = y.Current.Key; vb = y.Current.Value; hasY = y.MoveNext(); }
            else
            {
                name = x.Current.Key; va = x.Current.Value; vb = y.Current.Value;
                hasX = x.MoveNext(); hasY = y.MoveNext();
            }
            if (IgnoredAttribute(name, options)) continue;
            if (va == AttributeNames.NotReadable || vb == AttributeNames.NotReadable) continue;
            if (va is not null && vb is not null &&
                (name == AttributeNames.Comment ? va == vb : TextNormalizer.EqualIgnoringWhitespace(va, vb)))
                continue;
            result.Add(new AttributeChange(name, va, vb));
        }
        return result;
    }

    private static bool IgnoredAttribute(string name, DiffOptions options) => name switch
    {
        AttributeNames.Owner => options.IgnoreOwners,
        AttributeNames.Privileges => options.IgnorePrivileges,
        AttributeNames.Comment => options.IgnoreComments,
        _ => false,
    };

    private static List<SchemaChange> WithoutImplied(List<SchemaChange> changes)
    {
        var added = new HashSet<string>(StringComparer.Ordinal);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in changes)
        {
            if (c.ObjectKind is not (ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.ForeignTable
                or ObjectKind.RangeType)) continue;
            if (c.Kind == ChangeKind.Added) added.Add(c.Identity);
            else if (c.Kind == ChangeKind.Removed) removed.Add(c.Identity);
        }
        if (added.Count == 0 && removed.Count == 0) return changes;
        return changes.Where(c =>
        {
            var parent = (c.After ?? c.Before)?.Parent;
            if (parent is null) return true;
            return c.Kind switch
            {
                ChangeKind.Added => !added.Contains(parent),
                ChangeKind.Removed => !removed.Contains(parent),
                _ => true,
            };
        }).ToList();
    }
}
