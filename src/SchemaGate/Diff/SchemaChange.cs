using SchemaGate.Catalog;

namespace SchemaGate.Diff;

/// <summary>
/// One difference between two snapshots. Added and Removed changes carry no attributes; Altered ones list the
/// attributes that differ, sorted by name. <see cref="Before"/>/<see cref="After"/> are the objects themselves
/// (null on the side where the object does not exist).
/// </summary>
public sealed record SchemaChange(ChangeKind Kind, ObjectKind ObjectKind, string Identity, IReadOnlyList<AttributeChange> Attributes)
{
    public SchemaObject? Before { get; init; }
    public SchemaObject? After { get; init; }

    public AttributeChange? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    public override string ToString() => Attributes.Count == 0
        ? $"{Kind} {ObjectKind} {Identity}"
        : $"{Kind} {ObjectKind} {Identity} [{string.Join(", ", Attributes.Select(a => a.Name))}]";
}
