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
            text.Append(a.Name).Append(": ").Append(Value(a.Before)).Append(" -> ").Append(Value(a.After));
        }
        if (attributes.Count > MaxAttributes) text.Append($"; and {attributes.Count - MaxAttributes} more attribute(s)");
        return text.ToString();
    }

    /// <summary>A value on one line, at most 80 characters (long bodies are cut with an ellipsis).</summary>
    public static string Value(string? value)
    {
        if (value is null) return "(none)";
        var oneLine = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length == 0) return "''";
        return oneLine.Length <= MaxValueLength ? $"'{oneLine}'" : $"'{oneLine[..(MaxValueLength - 1)]}…'";
    }

    public static string KindName(ObjectKind kind) => kind switch
    {
        ObjectKind.CompositeType => "composite type",
        ObjectKind.MaterializedView => "materialized view",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
