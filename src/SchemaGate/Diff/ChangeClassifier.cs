using SchemaGate.Catalog;

namespace SchemaGate.Diff;

/// <summary>Classifies a change: does it lose data, and how to say what it does in one line.</summary>
public static class ChangeClassifier
{
    public static ChangeImpact Classify(SchemaChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var noun = Noun(change.ObjectKind);
        return change.Kind switch
        {
            ChangeKind.Added => new ChangeImpact(ImpactFlags.None, $"adds {noun} {change.Identity}"),
            ChangeKind.Removed => new ChangeImpact(
                HoldsData(change.ObjectKind) ? ImpactFlags.LosesData : ImpactFlags.None,
                $"drops {noun} {change.Identity}"),
            _ => Altered(change, noun),
        };
    }

    private static ChangeImpact Altered(SchemaChange change, string noun)
    {
        var flags = ImpactFlags.None;
        var details = new List<string>();
        foreach (var a in change.Attributes)
        {
            if (change.ObjectKind == ObjectKind.Column && a.Name == AttributeNames.Type && a.Before is not null && a.After is not null)
            {
                details.Add($"type {a.Before} -> {a.After}");
                if (!ColumnTypes.IsLossless(a.Before, a.After)) flags |= ImpactFlags.LosesData;
            }
            else if (change.ObjectKind == ObjectKind.Enum && a.Name == AttributeNames.Labels)
            {
                details.Add("labels");
                if (LabelRemoved(a.Before, a.After)) flags |= ImpactFlags.LosesData;
            }
            else details.Add(a.Name);
        }
        return new ChangeImpact(flags, $"alters {noun} {change.Identity} ({string.Join(", ", details)})");
    }

    private static bool LabelRemoved(string? before, string? after)
    {
        if (before is null) return false;
        var kept = new HashSet<string>(Split(after), StringComparer.Ordinal);
        return Split(before).Any(l => !kept.Contains(l));

        static IEnumerable<string> Split(string? labels) =>
            (labels ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool HoldsData(ObjectKind kind) => kind is
        ObjectKind.Schema or ObjectKind.Table or ObjectKind.Column or ObjectKind.Sequence or
        ObjectKind.Enum or ObjectKind.Domain or ObjectKind.CompositeType or ObjectKind.RangeType or ObjectKind.MaterializedView;

    private static string Noun(ObjectKind kind) => kind == ObjectKind.Enum ? "enum type" : ObjectKinds.Noun(kind);
}
