namespace SchemaGate.Catalog;

/// <summary>
/// Which objects a snapshot keeps. Empty <paramref name="IncludeSchemas"/> means every schema. Patterns are globs
/// (<c>*</c> any run of characters, <c>?</c> one character). <paramref name="ExcludeObjects"/> matches an object's
/// identity or its parent's, so <c>public.tmp_*</c> drops those tables with their columns, indexes and the rest.
/// </summary>
public sealed record SnapshotFilter(
    IReadOnlyList<string> IncludeSchemas,
    IReadOnlyList<string> ExcludeSchemas,
    IReadOnlyList<string> ExcludeObjects)
{
    public static SnapshotFilter None { get; } = new([], [], []);

    /// <summary>True when no pattern is given: every object is kept without asking.</summary>
    public bool KeepsEverything => IncludeSchemas.Count == 0 && ExcludeSchemas.Count == 0 && ExcludeObjects.Count == 0;

    public bool Keeps(SchemaObject o)
    {
        if (IncludeSchemas.Count > 0 && !Glob.MatchesAny(IncludeSchemas, o.Schema)) return false;
        if (Glob.MatchesAny(ExcludeSchemas, o.Schema)) return false;
        foreach (var pattern in ExcludeObjects)
            if (Excludes(pattern, o)) return false;
        return true;
    }

    /// <summary>
    /// <c>glob</c> matches the object's identity or its parent's; <c>kind:glob</c> (for example
    /// <c>function:public.pg_stat_*</c>) only objects of that kind, and the children of a matching table or view.
    /// </summary>
    public static bool Excludes(string pattern, SchemaObject o)
    {
        var colon = pattern.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && TryParseKind(pattern[..colon], out var kind))
        {
            var glob = pattern[(colon + 1)..];
            if (o.Kind == kind && Glob.Matches(glob, o.Identity)) return true;
            return o.Parent is not null && kind is ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView && Glob.Matches(glob, o.Parent);
        }
        return Glob.Matches(pattern, o.Identity) || (o.Parent is not null && Glob.Matches(pattern, o.Parent));
    }

    /// <summary>An object kind as written in a pattern: <c>function</c>, <c>materialized_view</c>, <c>MaterializedView</c>.</summary>
    public static bool TryParseKind(string text, out ObjectKind kind) =>
        Enum.TryParse(text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out kind)
        && Enum.IsDefined(kind) && !text.Any(char.IsDigit);
}
