using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>Foreign data wrappers: handler, validator and options change in place.</summary>
public sealed class ForeignDataWrapperEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.ForeignDataWrapper];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add(SqlNames.Join("CREATE FOREIGN DATA WRAPPER", ObjectSql.Ref(target),
            target["handler"] is { } h ? "HANDLER " + h : null,
            target["validator"] is { } v ? "VALIDATOR " + v : null,
            OptionsClause.Create(target["options"])));

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "handler", "validator", "options")) return false;
        var parts = new List<string?>();
        if (Has(changes, "handler")) parts.Add(target["handler"] is { } h ? "HANDLER " + h : "NO HANDLER");
        if (Has(changes, "validator")) parts.Add(target["validator"] is { } v ? "VALIDATOR " + v : "NO VALIDATOR");
        if (Has(changes, "options")) parts.Add(OptionsClause.Alter(source["options"], target["options"]));
        if (parts.Any(p => p is not null)) unit.Add(SqlNames.Join(["ALTER FOREIGN DATA WRAPPER", ObjectSql.Ref(target), .. parts]));
        return true;
    }
}

/// <summary>Foreign servers: version and options change in place; another wrapper or type means a new server.</summary>
public sealed class ForeignServerEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.ForeignServer];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add(SqlNames.Join("CREATE SERVER", ObjectSql.Ref(target),
            target["type"] is { } type ? "TYPE " + SqlNames.Literal(type) : null,
            target["version"] is { } version ? "VERSION " + SqlNames.Literal(version) : null,
            "FOREIGN DATA WRAPPER " + SqlNames.Ident(target["wrapper"] ?? ""),
            OptionsClause.Create(target["options"])));

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "version", "options")) return false;
        if (Has(changes, "version") && target["version"] is null) return false;
        var version = Has(changes, "version") ? "VERSION " + SqlNames.Literal(target["version"]!) : null;
        var options = Has(changes, "options") ? OptionsClause.Alter(source["options"], target["options"]) : null;
        if (version is not null || options is not null) unit.Add(SqlNames.Join("ALTER SERVER", ObjectSql.Ref(target), version, options));
        return true;
    }
}

/// <summary>
/// User mappings: the options the snapshot may show (never passwords and other secrets) change in place. A secret
/// option cannot be written: the unit says which ones to add by hand.
/// </summary>
public sealed class UserMappingEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.UserMapping];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var options = target["options"] == AttributeNames.NotReadable ? null : target["options"];
        unit.Add(SqlNames.Join("CREATE USER MAPPING", ObjectSql.Ref(target), OptionsClause.Create(options)));
        Secrets(target, unit);
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add("DROP USER MAPPING " + ObjectSql.Ref(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "options", "secretOptions")) return false;
        if (Has(changes, "options") && OptionsClause.Alter(source["options"], target["options"]) is { } alter)
            unit.Add($"ALTER USER MAPPING {ObjectSql.Ref(target)} {alter}");
        if (Has(changes, "secretOptions")) Secrets(target, unit);
        return true;
    }

    private static void Secrets(SchemaObject target, PlanUnit unit)
    {
        if (target["secretOptions"] is { } secrets && secrets != AttributeNames.NotReadable)
            unit.Notes.Add($"user mapping {target.Identity}: set {secrets} by hand (ALTER USER MAPPING ... OPTIONS (ADD ...)); secrets are never read into snapshots");
    }
}

/// <summary>Foreign tables: created with their columns; options change in place, another server means a new table.</summary>
public sealed class ForeignTableEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.ForeignTable];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var columns = ctx.Target.Columns(target.Identity).Select(c => ColumnSql.Definition(c));
        unit.Add(SqlNames.Join($"CREATE FOREIGN TABLE {ObjectSql.Ref(target)} ({string.Join(", ", columns)})",
            "SERVER " + SqlNames.Ident(target["server"] ?? ""), OptionsClause.Create(target["options"])));
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "options")) return false;
        if (OptionsClause.Alter(source["options"], target["options"]) is { } alter)
            unit.Add($"ALTER FOREIGN TABLE {ObjectSql.Ref(target)} {alter}");
        return true;
    }
}
