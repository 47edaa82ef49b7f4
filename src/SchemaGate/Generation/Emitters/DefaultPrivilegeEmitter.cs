using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Default privileges (ALTER DEFAULT PRIVILEGES). An entry that is not there is, in a schema, no extra privilege, and
/// everywhere, the built-in defaults; creating, changing and removing an entry are all GRANT and REVOKE between two
/// such states. The owner stand-in <c>(owner)</c> is CURRENT_USER for defaults of whoever runs the script, else the
/// role named in the identity. They are set at the end of the script, so objects the script creates get the
/// defaults the source had.
/// </summary>
public sealed class DefaultPrivilegeEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.DefaultPrivilege];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) => Emit(null, target, unit);

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => Emit(source, null, unit);

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        Emit(source, target, unit);
        return true;
    }

    private static void Emit(SchemaObject? from, SchemaObject? to, PlanUnit unit)
    {
        var any = (to ?? from)!;
        var (objects, schema, role) = Parse(any.Identity);
        var owner = role ?? SqlNames.CurrentUser;
        var prefix = SqlNames.Join("ALTER DEFAULT PRIVILEGES", role is null ? null : "FOR ROLE " + SqlNames.Ident(role),
            schema is null ? null : "IN SCHEMA " + SqlNames.Ident(schema));
        var before = from is null ? Absent(objects, schema, owner) : Acl.Parse(from[AttributeNames.Privileges], owner);
        var after = to is null ? Absent(objects, schema, owner) : Acl.Parse(to[AttributeNames.Privileges], owner);
        foreach (var statement in Acl.Changes(objects.ToUpperInvariant(), before, after))
            unit.Add(prefix + " " + statement);
    }

    /// <summary>objects, schema and role of "tables in schema app for role etl".</summary>
    public static (string Objects, string? Schema, string? Role) Parse(string identity)
    {
        string? role = null, schema = null;
        var text = identity;
        var forRole = text.IndexOf(" for role ", StringComparison.Ordinal);
        if (forRole >= 0)
        {
            role = text[(forRole + " for role ".Length)..];
            text = text[..forRole];
        }
        var inSchema = text.IndexOf(" in schema ", StringComparison.Ordinal);
        if (inSchema >= 0)
        {
            schema = text[(inSchema + " in schema ".Length)..];
            text = text[..inSchema];
        }
        return (text, schema, role);
    }

    private static IReadOnlySet<AclEntry> Absent(string objects, string? schema, string owner)
    {
        if (schema is not null) return new HashSet<AclEntry>();
        var (kind, publicToo) = objects switch
        {
            "tables" => (ObjectKind.Table, (string?)null),
            "sequences" => (ObjectKind.Sequence, null),
            "functions" => (ObjectKind.Function, "EXECUTE"),
            "types" => (ObjectKind.Enum, "USAGE"),
            _ => (ObjectKind.Schema, null),
        };
        var set = new HashSet<AclEntry>(Acl.OwnerDefault(kind, owner));
        if (publicToo is not null) set.Add(new AclEntry("PUBLIC", publicToo, false));
        return set;
    }
}
