using System.Globalization;

namespace SchemaGate.Catalog;

/// <summary>
/// A column's position counts the table's live columns only, so dropping a column does not shift the comparison.
/// The columns query returns each column's attnum as its position (a window over 100,000 columns was a third of the
/// server's time for that query); here attnums become ranks. A table whose attnums run 1..n without a gap (no column
/// was ever dropped) is left as it is; only the columns of tables with gaps are rewritten.
/// </summary>
internal static class ColumnPositions
{
    public const string Attribute = "position";

    public static void Rank(List<SchemaObject> columns)
    {
        // Per table: how many live columns and the highest attnum. Equal means no gap.
        var tables = new Dictionary<string, (int Count, int Max)>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (c.Kind != ObjectKind.Column || c.Parent is null || Attnum(c) is not { } attnum) continue;
            ref var t = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tables, c.Parent, out _);
            t = (t.Count + 1, Math.Max(t.Max, attnum));
        }
        Dictionary<string, List<int>>? gapped = null;
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            if (c.Kind != ObjectKind.Column || c.Parent is null || !tables.TryGetValue(c.Parent, out var t) || t.Count == t.Max) continue;
            gapped ??= new Dictionary<string, List<int>>(StringComparer.Ordinal);
            if (!gapped.TryGetValue(c.Parent, out var at)) gapped.Add(c.Parent, at = []);
            at.Add(i);
        }
        if (gapped is null) return;
        foreach (var at in gapped.Values)
        {
            at.Sort((a, b) => Attnum(columns[a])!.Value.CompareTo(Attnum(columns[b])!.Value));
            for (var rank = 0; rank < at.Count; rank++)
            {
                var c = columns[at[rank]];
                columns[at[rank]] = c with { Attributes = c.Attributes.WithValue(Attribute, (rank + 1).ToString(CultureInfo.InvariantCulture)) };
            }
        }
    }

    private static int? Attnum(SchemaObject c) =>
        c.Attributes.GetValueOrDefault(Attribute) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
