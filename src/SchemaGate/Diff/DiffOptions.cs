namespace SchemaGate.Diff;

/// <summary>
/// What a comparison leaves out. Owners are ignored by default (ownership differs between environments).
/// <see cref="IgnoreObjects"/> are globs matched against an object's identity and its parent's identity.
/// </summary>
public sealed record DiffOptions
{
    public bool IgnorePrivileges { get; init; }
    public bool IgnoreComments { get; init; }
    public bool IgnoreOwners { get; init; } = true;
    public IReadOnlyList<string> IgnoreObjects { get; init; } = [];

    /// <summary>
    /// List the children of an added or removed table, view, foreign table or range type too (its columns, indexes,
    /// constraints and the rest) instead of leaving them implied: migration generation needs every object.
    /// </summary>
    public bool ListImplied { get; init; }

    public static DiffOptions Default { get; } = new();
}
