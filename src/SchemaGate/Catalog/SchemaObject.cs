namespace SchemaGate.Catalog;

/// <summary>
/// One database object, identified without OIDs. <paramref name="Identity"/> is schema-qualified
/// (<c>public.orders</c>, <c>public.orders.id</c> for a column, <c>public.f(integer, text)</c> for a function);
/// <paramref name="Parent"/> is the identity of the table (or view) a column, constraint, index, trigger,
/// policy, owned sequence or partition belongs to. Attributes hold normalised text; an unset attribute is absent.
/// </summary>
public sealed record SchemaObject(ObjectKind Kind, string Identity, string Schema, string? Parent, AttributeMap Attributes)
{
    public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);
}
