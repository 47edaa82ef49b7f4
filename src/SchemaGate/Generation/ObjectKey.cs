using SchemaGate.Catalog;

namespace SchemaGate.Generation;

/// <summary>An object's kind and identity: what the generator orders statements by.</summary>
public readonly record struct ObjectKey(ObjectKind Kind, string Identity)
{
    public static ObjectKey Of(SchemaObject o) => new(o.Kind, o.Identity);

    public override string ToString() => $"{ObjectKinds.Noun(Kind)} {Identity}";
}
