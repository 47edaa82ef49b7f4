using SchemaGate.Catalog;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// What an emitter may look at while it writes statements: both snapshots and what their objects refer to, whether
/// online forms are wanted, which tables exist before the script (online forms only matter there), and a way to add
/// units of its own (a sequence's OWNED BY after its table, a VALIDATE CONSTRAINT in the online script).
/// </summary>
public sealed class EmitContext(ReferenceIndex source, ReferenceIndex target, bool online, Func<UnitAction, ObjectKey, ObjectKind, PlanUnit> newUnit)
{
    public ReferenceIndex Source { get; } = source;
    public ReferenceIndex Target { get; } = target;
    public bool Online { get; } = online;

    /// <summary>Tables (and other relations) that exist before the script and are not dropped by it.</summary>
    public HashSet<string> ExistingRelations { get; } = new(StringComparer.Ordinal);

    /// <summary>A further unit about <paramref name="subject"/>, ranked as <paramref name="rankAs"/> would be.</summary>
    public PlanUnit NewUnit(UnitAction action, ObjectKey subject, ObjectKind rankAs) => newUnit(action, subject, rankAs);

    /// <summary>True when the relation exists before the script and stays: a lock on it blocks the application.</summary>
    public bool Existing(string? relation) => relation is not null && ExistingRelations.Contains(relation);

    /// <summary>True when a relation is partitioned in the target (CONCURRENTLY does not work on it).</summary>
    public bool Partitioned(string relation) => Target.Snapshot.Find(ObjectKind.Table, relation)?["partitionKey"] is not null;

    /// <summary>True when a type as a column writes it (<c>mood</c>, <c>app.mood[]</c>) is one of the schema's own types.</summary>
    public bool IsUserType(string typeText)
    {
        var bare = typeText.TrimEnd('[', ']').Replace("\"", "", StringComparison.Ordinal);
        var dot = bare.LastIndexOf('.');
        var (schema, name) = dot > 0 ? (bare[..dot], bare[(dot + 1)..]) : ("public", bare);
        return Source.Named(schema, name).Concat(Target.Named(schema, name)).Any(o => o.Kind is ObjectKind.Enum or ObjectKind.Domain
            or ObjectKind.CompositeType or ObjectKind.RangeType or ObjectKind.MultirangeType);
    }

    /// <summary>The keyword ALTER uses for the relation a child belongs to (ALTER TABLE, ALTER FOREIGN TABLE).</summary>
    public string AlterRelation(SchemaObject child) =>
        (Target.Snapshot.Find(ObjectKind.ForeignTable, child.Parent!) ?? Source.Snapshot.Find(ObjectKind.ForeignTable, child.Parent!)) is not null
            ? "ALTER FOREIGN TABLE " : "ALTER TABLE ";
}
