using System.Text;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Findings;

namespace SchemaGate.Drift;

/// <summary>Turns expected -> production changes into SG401/SG402/SG403 findings, one per change, and prints changes.</summary>
public static class DriftFindings
{
    private const int MaxValueLength = 80;
    private const int MaxAttributes = 6;

    /// <summary>
    /// Attributes whose text PostgreSQL's deparser writes (view and index definitions, constraint and default
    /// expressions): between two majors they may differ for the same object (17 writes <c>SELECT id</c> where 15 writes
    /// <c>SELECT agents.id</c>).
    /// </summary>
    private static readonly HashSet<string> Deparsed = new(StringComparer.Ordinal)
    {
        Catalog.AttributeNames.Definition, "default", "generated", "partitionKey", "partitionBound", "predicate", "checks", "using", "with check",
    };

    /// <summary>
    /// The finding for a change seen across two majors (<paramref name="majors"/>, e.g. "15 and 17"): a change only in
    /// deparsed text is marked uncertain and lowered to a warning, so it never blocks; others are as <see cref="For(SchemaChange)"/>.
    /// </summary>
    public static Finding For(SchemaChange change, string? majors)
    {
        var finding = For(change);
        if (majors is null || change.Kind != ChangeKind.Altered || !change.Attributes.All(a => Deparsed.Contains(a.Name))) return finding;
        return finding with
        {
            Severity = Severity.Warning,
            Evidence = finding.Evidence with
            {
                Uncertain = $"compared across PostgreSQL majors {majors}, and only text the server's deparser writes differs: " +
                            "the difference may come from the other major's deparser, not from production",
            },
        };
    }

    public static Finding For(SchemaChange change) => change.Kind switch
    {
        ChangeKind.Added => DriftRules.UnexpectedObject.Report(
            $"{KindName(change.ObjectKind)} {change.Identity} exists in production but no applied migration creates it.", obj: change.Identity),
        ChangeKind.Removed => DriftRules.MissingObject.Report(
            $"{KindName(change.ObjectKind)} {change.Identity} is created by the applied migrations but is missing from production.", obj: change.Identity),
        _ => DriftRules.ChangedObject.Report(
            $"{KindName(change.ObjectKind)} {change.Identity} differs from history (expected -> production): {Attributes(change.Attributes)}.", obj: change.Identity),
    };

    /// <summary>One line per change: <c>+ table public.x</c>, <c>- index public.i</c>, <c>~ function public.f(): body: a -> b</c>.</summary>
    public static string Describe(SchemaChange change) => change.Kind switch
    {
        ChangeKind.Added => $"+ {KindName(change.ObjectKind)} {change.Identity}",
        ChangeKind.Removed => $"- {KindName(change.ObjectKind)} {change.Identity}",
        _ => $"~ {KindName(change.ObjectKind)} {change.Identity}: {Attributes(change.Attributes)}",
    };

    public static string Attributes(IReadOnlyList<AttributeChange> attributes)
    {
        var text = new StringBuilder();
        foreach (var a in attributes.Take(MaxAttributes))
        {
            if (text.Length > 0) text.Append("; ");
            var (before, after) = (OneLine(a.Before), OneLine(a.After));
            // Long values (function bodies, view definitions) are shown from just before where they first differ.
            var start = before is null || after is null ? 0 : Math.Max(0, FirstDifference(before, after) - ContextBefore);
            text.Append(a.Name).Append(": ").Append(Value(before, start)).Append(" -> ").Append(Value(after, start));
        }
        if (attributes.Count > MaxAttributes) text.Append($"; and {attributes.Count - MaxAttributes} more attribute(s)");
        return text.ToString();
    }

    /// <summary>A value on one line, at most 80 characters from <paramref name="start"/>, cut with an ellipsis.</summary>
    public static string Value(string? value, int start = 0)
    {
        var oneLine = OneLine(value);
        if (oneLine is null) return "(none)";
        if (oneLine.Length == 0) return "''";
        start = Math.Min(start, oneLine.Length);
        var head = start > 0 ? "…" : "";
        var rest = oneLine[start..];
        return rest.Length <= MaxValueLength ? $"'{head}{rest}'" : $"'{head}{rest[..(MaxValueLength - 1)]}…'";
    }

    private const int ContextBefore = 20;

    private static string? OneLine(string? value) =>
        value is null ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
            if (a[i] != b[i]) return i;
        return n;
    }

    public static string KindName(ObjectKind kind) => ObjectKinds.Noun(kind);
}
