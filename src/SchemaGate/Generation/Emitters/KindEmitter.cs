using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Writes the statements of one or a few object kinds: how to create an object as the target has it, how to drop
/// it, and how to turn the source's form into the target's in place. Comments, grants and the owner's privileges are
/// written by <see cref="CommentsAndGrants"/> for every kind, so emitters see the other attributes only.
/// </summary>
public abstract class KindEmitter
{
    public abstract IReadOnlyCollection<ObjectKind> Kinds { get; }

    public abstract void Create(SchemaObject target, PlanUnit unit, EmitContext ctx);

    public abstract void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx);

    /// <summary>Adds the statements that alter the object in place, or returns false when it must be dropped and created again.</summary>
    public abstract bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx);

    /// <summary>True when every change is one of <paramref name="names"/>.</summary>
    protected static bool Only(IReadOnlyList<AttributeChange> changes, params string[] names) =>
        changes.All(c => Array.IndexOf(names, c.Name) >= 0);

    protected static bool Has(IReadOnlyList<AttributeChange> changes, string name) => changes.Any(c => c.Name == name);

    protected static string DropStatement(SchemaObject o) => $"DROP {ObjectSql.Keyword(o.Kind)} {ObjectSql.Ref(o)}";
}
