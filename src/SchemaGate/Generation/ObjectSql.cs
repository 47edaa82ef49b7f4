using SchemaGate.Catalog;

namespace SchemaGate.Generation;

/// <summary>
/// How generated SQL names a snapshot object: its own name taken back out of the identity, the reference DROP,
/// COMMENT and GRANT take (<c>public.t</c>, <c>public.f(x integer)</c>, <c>app.=== (integer, integer)</c>,
/// <c>t_pkey ON public.t</c>) and the keyword of its kind.
/// </summary>
public static class ObjectSql
{
    /// <summary>The object's own name: the last part of its identity, without schema, table or arguments.</summary>
    public static string Name(SchemaObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        switch (o.Kind)
        {
            case ObjectKind.Column or ObjectKind.Constraint or ObjectKind.Trigger or ObjectKind.Policy or ObjectKind.Rule:
                return o.Identity[(o.Parent!.Length + 1)..];
            case ObjectKind.Schema or ObjectKind.Extension or ObjectKind.ForeignDataWrapper or ObjectKind.ForeignServer
                or ObjectKind.EventTrigger or ObjectKind.Publication or ObjectKind.Cast or ObjectKind.DefaultPrivilege
                or ObjectKind.UserMapping:
                return o.Identity;
            case ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate or ObjectKind.Operator:
                var rest = o.Identity[(o.Schema.Length + 1)..];
                return rest[..rest.IndexOf('(', StringComparison.Ordinal)];
            default:
                return o.Identity[(o.Schema.Length + 1)..];
        }
    }

    /// <summary>The argument list of a function, procedure, aggregate or operator identity (inside its parentheses).</summary>
    public static string Arguments(SchemaObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var rest = o.Identity[(o.Schema.Length + 1)..];
        var open = rest.IndexOf('(', StringComparison.Ordinal);
        return rest[(open + 1)..^1];
    }

    /// <summary>The schema-qualified table (or view) a child object (column, constraint, index's parent...) belongs to.</summary>
    public static string ParentRef(SchemaObject o) => Qualified(o.Schema, o.Parent!);

    /// <summary>The reference to the object in DROP, COMMENT ON and GRANT statements (after the kind's keyword).</summary>
    public static string Ref(SchemaObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.Kind switch
        {
            ObjectKind.Schema or ObjectKind.Extension or ObjectKind.ForeignDataWrapper or ObjectKind.ForeignServer
                or ObjectKind.EventTrigger or ObjectKind.Publication => SqlNames.Ident(o.Identity),
            ObjectKind.Cast => o.Identity,
            ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate =>
                SqlNames.Qualified(o.Schema, Name(o)) + "(" + Arguments(o) + ")",
            ObjectKind.Operator => SqlNames.Ident(o.Schema) + "." + Name(o) + " (" + Arguments(o) + ")",
            ObjectKind.Column => ParentRef(o) + "." + SqlNames.Ident(Name(o)),
            ObjectKind.Constraint or ObjectKind.Trigger or ObjectKind.Policy or ObjectKind.Rule =>
                SqlNames.Ident(Name(o)) + " ON " + ParentRef(o),
            ObjectKind.UserMapping => "FOR " + SqlNames.Role(o["user"] ?? "PUBLIC") + " SERVER " + SqlNames.Ident(o["server"] ?? ""),
            _ => SqlNames.Qualified(o.Schema, Name(o)),
        };
    }

    /// <summary>The keyword COMMENT ON and DROP use for the kind.</summary>
    public static string Keyword(ObjectKind kind) => kind switch
    {
        ObjectKind.Enum or ObjectKind.CompositeType or ObjectKind.RangeType or ObjectKind.MultirangeType => "TYPE",
        ObjectKind.ForeignDataWrapper => "FOREIGN DATA WRAPPER",
        ObjectKind.ForeignServer => "SERVER",
        ObjectKind.UserMapping => "USER MAPPING",
        ObjectKind.ForeignTable => "FOREIGN TABLE",
        ObjectKind.MaterializedView => "MATERIALIZED VIEW",
        ObjectKind.EventTrigger => "EVENT TRIGGER",
        ObjectKind.ExtendedStatistic => "STATISTICS",
        _ => kind.ToString().ToUpperInvariant(),
    };

    /// <summary>The object as GRANT and REVOKE name it: <c>TABLE public.t</c>, <c>FUNCTION public.f(integer)</c>; null for kinds without privileges.</summary>
    public static string? GrantTarget(SchemaObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o.Kind switch
        {
            ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.ForeignTable => "TABLE " + Ref(o),
            ObjectKind.Sequence => "SEQUENCE " + Ref(o),
            ObjectKind.Schema => "SCHEMA " + Ref(o),
            ObjectKind.Function => "FUNCTION " + Ref(o),
            ObjectKind.Procedure => "PROCEDURE " + Ref(o),
            ObjectKind.Aggregate => "FUNCTION " + SqlNames.Qualified(o.Schema, Name(o)) + "(" +
                                    Arguments(o).Replace(" ORDER BY ", ", ", StringComparison.Ordinal) + ")",
            ObjectKind.Enum or ObjectKind.CompositeType or ObjectKind.RangeType => "TYPE " + Ref(o),
            ObjectKind.Domain => "DOMAIN " + Ref(o),
            ObjectKind.ForeignDataWrapper => "FOREIGN DATA WRAPPER " + Ref(o),
            ObjectKind.ForeignServer => "FOREIGN SERVER " + Ref(o),
            _ => null,
        };
    }

    /// <summary><c>schema.rest</c> of an identity whose schema is known, each part quoted.</summary>
    public static string Qualified(string schema, string identity) =>
        SqlNames.Qualified(schema, identity.Length > schema.Length && identity.StartsWith(schema + ".", StringComparison.Ordinal)
            ? identity[(schema.Length + 1)..]
            : identity);
}
