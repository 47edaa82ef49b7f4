using SchemaGate.Catalog;

namespace SchemaGate.Policy;

/// <summary>
/// The policy's <c>drift</c> lists: which schemas are compared and which objects are ignored. They feed the
/// <see cref="SnapshotFilter"/>; the command line's --include-schemas / --exclude-schemas add to them.
/// </summary>
public sealed record DriftPolicy(IReadOnlyList<string> IncludeSchemas, IReadOnlyList<string> ExcludeSchemas, IReadOnlyList<string> IgnoreObjects)
{
    public static DriftPolicy None { get; } = new([], [], []);

    /// <summary>The snapshot filter for this policy plus the schemas given on the command line.</summary>
    public SnapshotFilter Filter(IReadOnlyList<string> includeSchemas, IReadOnlyList<string> excludeSchemas) => new(
        [.. IncludeSchemas, .. includeSchemas.Where(s => !IncludeSchemas.Contains(s, StringComparer.Ordinal))],
        [.. ExcludeSchemas, .. excludeSchemas.Where(s => !ExcludeSchemas.Contains(s, StringComparer.Ordinal))],
        IgnoreObjects);
}
