using System.Text.RegularExpressions;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Table constraints. Online, on a table that exists before the script: a foreign key or check is added NOT VALID
/// and validated in the online script; a primary key or unique constraint is built as a unique index CONCURRENTLY
/// and then attached with USING INDEX, both in the online script.
/// </summary>
public sealed partial class ConstraintEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Constraint];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var table = ObjectSql.ParentRef(target);
        var name = SqlNames.Ident(ObjectSql.Name(target));
        var definition = target["definition"] ?? "";
        var alter = ctx.AlterRelation(target) + table;
        var existing = ctx.Online && ctx.Existing(target.Parent) && !ctx.Partitioned(target.Parent!) && alter.StartsWith("ALTER TABLE", StringComparison.Ordinal);
        if (existing && target["type"] is "foreign key" or "check" && target["validated"] == "true")
        {
            unit.Add($"{alter} ADD CONSTRAINT {name} {definition} NOT VALID");
            var validate = ctx.NewUnit(UnitAction.Alter, ObjectKey.Of(target), ObjectKind.Trigger);
            validate.Phase = ScriptPhase.Online;
            validate.Requires.Add(ObjectKey.Of(target));
            validate.Add($"{alter} VALIDATE CONSTRAINT {name}");
            return;
        }
        if (existing && target["type"] is "primary key" or "unique" && KeyColumns().Match(definition) is { Success: true } key)
        {
            unit.Phase = ScriptPhase.Online;
            unit.Add($"CREATE UNIQUE INDEX CONCURRENTLY {name} ON {table} ({key.Groups["cols"].Value})");
            unit.Add($"{alter} ADD CONSTRAINT {name} {key.Groups["kind"].Value} USING INDEX {name}");
            return;
        }
        unit.Add($"{alter} ADD CONSTRAINT {name} {definition}");
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) =>
        unit.Add($"{ctx.AlterRelation(source)}{ObjectSql.ParentRef(source)} DROP CONSTRAINT {SqlNames.Ident(ObjectSql.Name(source))}");

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        var alter = ctx.AlterRelation(target) + ObjectSql.ParentRef(target);
        var name = SqlNames.Ident(ObjectSql.Name(target));
        var beforeDef = source["definition"] ?? "";
        var afterDef = target["definition"] ?? "";
        if (Only(changes, "validated", "definition") && target["validated"] == "true" &&
            beforeDef == afterDef + " NOT VALID")
        {
            unit.Add($"{alter} VALIDATE CONSTRAINT {name}");
            if (ctx.Online) unit.Phase = ScriptPhase.Online;
            return true;
        }
        if (Only(changes, "deferrable", "initiallyDeferred", "definition") && target["type"] == "foreign key" &&
            Undeferred(beforeDef) == Undeferred(afterDef))
        {
            var mode = target["deferrable"] == "true"
                ? "DEFERRABLE INITIALLY " + (target["initiallyDeferred"] == "true" ? "DEFERRED" : "IMMEDIATE")
                : "NOT DEFERRABLE";
            unit.Add($"{alter} ALTER CONSTRAINT {name} {mode}");
            return true;
        }
        return false;
    }

    private static string Undeferred(string definition) =>
        definition.Replace(" DEFERRABLE INITIALLY DEFERRED", "", StringComparison.Ordinal).Replace(" DEFERRABLE", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<kind>PRIMARY KEY|UNIQUE) \((?<cols>[^()]+)\)$")]
    private static partial Regex KeyColumns();
}

/// <summary>Indexes. Online, on a table that exists before the script (and is not partitioned), they are built and dropped CONCURRENTLY in the online script.</summary>
public sealed class IndexEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Index];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var definition = target["definition"] ?? "";
        if (Concurrent(target, ctx))
        {
            var at = definition.IndexOf("INDEX ", StringComparison.Ordinal);
            definition = definition[..(at + 6)] + "CONCURRENTLY " + definition[(at + 6)..];
            unit.Phase = ScriptPhase.Online;
        }
        unit.Add(definition);
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx)
    {
        if (Concurrent(source, ctx))
        {
            unit.Phase = ScriptPhase.Online;
            unit.Add("DROP INDEX CONCURRENTLY IF EXISTS " + ObjectSql.Ref(source));
        }
        else unit.Add(DropStatement(source));
    }

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx) =>
        changes.Count == 0;

    private static bool Concurrent(SchemaObject index, EmitContext ctx) =>
        ctx.Online && ctx.Existing(index.Parent) && !ctx.Partitioned(index.Parent!);
}
