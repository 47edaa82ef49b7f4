using SchemaGate.Catalog;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// The attributes every kind shares: COMMENT ON, GRANT/REVOKE to other roles, and the owner's own privileges. A new
/// object starts with its kind's default privileges as changed by the default privileges in force when the script runs
/// (the source's: the target's are set at the end of the script); the owner is whoever runs the script
/// (CURRENT_USER), as it is for migrations.
/// </summary>
public static class CommentsAndGrants
{
    public static readonly string[] Attributes = [AttributeNames.Comment, AttributeNames.Privileges, AttributeNames.OwnerPrivileges, AttributeNames.Owner];

    public static bool IsShared(string attribute) => Array.IndexOf(Attributes, attribute) >= 0;

    public static string CommentStatement(SchemaObject o, string? text) =>
        $"COMMENT ON {ObjectSql.Keyword(o.Kind)} {ObjectSql.Ref(o)} IS {(text is null ? "NULL" : SqlNames.Literal(text))}";

    /// <summary>After the object was created: its comment, then what turns the initial privileges into the target's.</summary>
    public static void AfterCreate(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        if (target[AttributeNames.Comment] is { } comment && Commentable(target.Kind)) unit.Add(CommentStatement(target, comment));
        if (target.Kind == ObjectKind.Column)
        {
            ColumnGrants(target, null, target[AttributeNames.Privileges], unit);
            return;
        }
        if (ObjectSql.GrantTarget(target) is not { } on) return;
        var (others, owner) = Initial(target, ctx.Source.Snapshot);
        unit.Statements.AddRange(Acl.Changes(on, owner, OwnerRights(target)));
        unit.Statements.AddRange(Acl.Changes(on, others, Acl.NonOwner(target.Kind, target[AttributeNames.Privileges])));
    }

    /// <summary>What changed in the comment and the privileges between the two forms of an object that stays.</summary>
    public static void AfterAlter(SchemaObject source, SchemaObject target, PlanUnit unit)
    {
        if (source[AttributeNames.Comment] != target[AttributeNames.Comment] && Commentable(target.Kind))
            unit.Add(CommentStatement(target, target[AttributeNames.Comment]));
        if (target.Kind == ObjectKind.Column)
        {
            ColumnGrants(target, source[AttributeNames.Privileges], target[AttributeNames.Privileges], unit);
            return;
        }
        if (ObjectSql.GrantTarget(target) is not { } on) return;
        if (source[AttributeNames.OwnerPrivileges] != target[AttributeNames.OwnerPrivileges])
            unit.Statements.AddRange(Acl.Changes(on, OwnerRights(source), OwnerRights(target)));
        if (source[AttributeNames.Privileges] != target[AttributeNames.Privileges])
            unit.Statements.AddRange(Acl.Changes(on, Acl.NonOwner(source.Kind, source[AttributeNames.Privileges]),
                Acl.NonOwner(target.Kind, target[AttributeNames.Privileges])));
    }

    private static IReadOnlySet<AclEntry> OwnerRights(SchemaObject o) =>
        o[AttributeNames.OwnerPrivileges] is { } text
            ? Acl.ParseOwner(text, SqlNames.CurrentUser)
            : Acl.OwnerDefault(o.Kind, SqlNames.CurrentUser);

    private static void ColumnGrants(SchemaObject column, string? from, string? to, PlanUnit unit)
    {
        if (from == to) return;
        var table = "TABLE " + ObjectSql.ParentRef(column);
        unit.Statements.AddRange(Acl.Changes(table, Acl.Parse(from), Acl.Parse(to), SqlNames.Ident(ObjectSql.Name(column))));
    }

    private static bool Commentable(ObjectKind kind) => kind is not (ObjectKind.UserMapping or ObjectKind.DefaultPrivilege);

    /// <summary>
    /// What a new object's owner and the other roles hold right after CREATE: the kind's built-in defaults, unless a
    /// default-privileges entry for everywhere replaces them, plus what an entry for the object's schema adds.
    /// </summary>
    public static (IReadOnlySet<AclEntry> Others, IReadOnlySet<AclEntry> Owner) Initial(SchemaObject o, SchemaSnapshot defaultsFrom)
    {
        var others = new HashSet<AclEntry>(Acl.NonOwnerDefault(o.Kind));
        var owner = new HashSet<AclEntry>(Acl.OwnerDefault(o.Kind, SqlNames.CurrentUser));
        if (DefaultPrivilegeObjects(o.Kind) is not { } objects) return (others, owner);
        if (defaultsFrom.Find(ObjectKind.DefaultPrivilege, objects) is { } everywhere)
        {
            var entries = Acl.Parse(everywhere[AttributeNames.Privileges], SqlNames.CurrentUser);
            others = entries.Where(e => e.Grantee != SqlNames.CurrentUser).ToHashSet();
            owner = entries.Where(e => e.Grantee == SqlNames.CurrentUser).ToHashSet();
        }
        if (o.Kind != ObjectKind.Schema && defaultsFrom.Find(ObjectKind.DefaultPrivilege, $"{objects} in schema {o.Schema}") is { } inSchema)
            foreach (var e in Acl.Parse(inSchema[AttributeNames.Privileges], SqlNames.CurrentUser))
                (e.Grantee == SqlNames.CurrentUser ? owner : others).Add(e);
        return (others, owner);
    }

    /// <summary>The ALTER DEFAULT PRIVILEGES object type that applies to a kind (tables, sequences, functions, types, schemas).</summary>
    public static string? DefaultPrivilegeObjects(ObjectKind kind) => kind switch
    {
        ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.ForeignTable => "tables",
        ObjectKind.Sequence => "sequences",
        ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate => "functions",
        ObjectKind.Enum or ObjectKind.Domain or ObjectKind.CompositeType or ObjectKind.RangeType => "types",
        ObjectKind.Schema => "schemas",
        _ => null,
    };
}
