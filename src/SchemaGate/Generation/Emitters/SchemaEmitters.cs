using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>Schemas: created and dropped (what they hold is dropped object by object first, never with CASCADE).</summary>
public sealed class SchemaEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Schema];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) => unit.Add("CREATE SCHEMA " + ObjectSql.Ref(target));

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx) =>
        changes.Count == 0;
}

/// <summary>Extensions: created in their schema at their version, updated, moved, dropped.</summary>
public sealed class ExtensionEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Extension];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add(SqlNames.Join("CREATE EXTENSION", ObjectSql.Ref(target),
            target["inSchema"] is { } schema ? "WITH SCHEMA " + SqlNames.Ident(schema) : null,
            target["version"] is { } version ? "VERSION " + SqlNames.Literal(version) : null));

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "version", "inSchema")) return false;
        if (Has(changes, "version") && target["version"] is { } version)
            unit.Add($"ALTER EXTENSION {ObjectSql.Ref(target)} UPDATE TO {SqlNames.Literal(version)}");
        if (Has(changes, "inSchema") && target["inSchema"] is { } schema)
            unit.Add($"ALTER EXTENSION {ObjectSql.Ref(target)} SET SCHEMA {SqlNames.Ident(schema)}");
        return true;
    }
}

/// <summary>Collations: everything but the comment is fixed at creation, so a change is a drop and a create.</summary>
public sealed class CollationEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Collation];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var options = new List<string> { "provider = " + (target["provider"] ?? "libc") };
        if (target["locale"] is { } locale) options.Add("locale = " + SqlNames.Literal(locale));
        if (target["lcCollate"] is { } collate) options.Add("lc_collate = " + SqlNames.Literal(collate));
        if (target["lcCtype"] is { } ctype) options.Add("lc_ctype = " + SqlNames.Literal(ctype));
        if (target["rules"] is { } rules) options.Add("rules = " + SqlNames.Literal(rules));
        if (target["deterministic"] == "false") options.Add("deterministic = false");
        unit.Add($"CREATE COLLATION {ObjectSql.Ref(target)} ({string.Join(", ", options)})");
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx) =>
        changes.Count == 0;
}
