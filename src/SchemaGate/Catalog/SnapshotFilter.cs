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

    public bool Keeps(SchemaObject o)
    {
        if (IncludeSchemas.Count > 0 && !Glob.MatchesAny(IncludeSchemas, o.Schema)) return false;
        if (Glob.MatchesAny(ExcludeSchemas, o.Schema)) return false;
        if (Glob.MatchesAny(ExcludeObjects, o.Identity)) return false;
        return o.Parent is null || !Glob.MatchesAny(ExcludeObjects, o.Parent);
    }
}
