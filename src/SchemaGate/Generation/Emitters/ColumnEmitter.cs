using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Columns of a table that stays: ADD COLUMN (at the end), DROP COLUMN, and every in-place change: the type (with
/// USING where no cast does it, the default dropped around it), the collation, NOT NULL (online: through a NOT VALID
/// check validated in the online script, which SET NOT NULL then uses instead of scanning), the default, identity
/// (a serial's default and sequence give way to it; the identity continues after the highest value) and a generated
/// column becoming a plain one. A column whose generation expression is new, or that becomes generated, cannot be
/// changed in place: the <see cref="Planning.TablePlanner"/> makes it again.
/// </summary>
public sealed class ColumnEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Column];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add($"{ctx.AlterRelation(target)}{ObjectSql.ParentRef(target)} ADD COLUMN {ColumnSql.Definition(target)}");

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) =>
        unit.Add($"{ctx.AlterRelation(source)}{ObjectSql.ParentRef(source)} DROP COLUMN {SqlNames.Ident(ObjectSql.Name(source))}");

    /// <summary>True when the change cannot be made in place (the column must be made again).</summary>
    public static bool NeedsRebuild(SchemaObject source, SchemaObject target) =>
        target["generated"] is { } generated && generated != source["generated"];

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (NeedsRebuild(source, target)) return false;
        var alter = $"{ctx.AlterRelation(target)}{ObjectSql.ParentRef(target)} ALTER COLUMN {SqlNames.Ident(ObjectSql.Name(target))}";
        var column = SqlNames.Ident(ObjectSql.Name(target));
        var defaultDropped = false;
        var typeChanged = Has(changes, "type") || Has(changes, "collation");
        if (typeChanged && source["default"] is not null)
        {
            unit.Add(alter + " DROP DEFAULT");
            defaultDropped = true;
        }
        if (source["identityKind"] is not null && target["identityKind"] is null) unit.Add(alter + " DROP IDENTITY");
        if (typeChanged)
        {
            var type = target["type"]!;
            var usingCast = Has(changes, "type") && TypeCasts.NeedsUsing(source["type"]!, type) ? " USING " + Convert(column, source["type"]!, type, ctx) : "";
            var collate = target["collation"] is { } collation ? " COLLATE " + collation : "";
            unit.Add($"{alter} TYPE {type}{collate}{usingCast}");
        }
        if (source["generated"] is not null && target["generated"] is null) unit.Add(alter + " DROP EXPRESSION");
        if (Has(changes, "options") && OptionsClause.Alter(source["options"], target["options"]) is { } options)
            unit.Add($"{alter} {options}");
        var identityAdded = source["identityKind"] is null && target["identityKind"] is not null;
        if (identityAdded && source["default"] is not null && !defaultDropped)
        {
            unit.Add(alter + " DROP DEFAULT");
            defaultDropped = true;
        }
        if (target["identityKind"] is null && target["generated"] is null)
        {
            if (defaultDropped && target["default"] is { } restored) unit.Add($"{alter} SET DEFAULT {restored}");
            else if (!defaultDropped && Has(changes, "default"))
                unit.Add(target["default"] is { } def ? $"{alter} SET DEFAULT {def}" : alter + " DROP DEFAULT");
        }
        if (Has(changes, "notNull"))
        {
            if (target["notNull"] != "true") unit.Add(alter + " DROP NOT NULL");
            else if (!identityAdded) SetNotNull(target, alter, unit, ctx);
        }
        if (identityAdded)
        {
            if (source["notNull"] != "true") unit.Add(alter + " SET NOT NULL");
            unit.Add($"{alter} ADD GENERATED {(target["identityKind"] == "always" ? "ALWAYS" : "BY DEFAULT")} AS IDENTITY");
            unit.Add(ContinueIdentity(target));
        }
        else if (source["identityKind"] is not null && target["identityKind"] is { } kind && kind != source["identityKind"])
            unit.Add($"{alter} SET GENERATED {(kind == "always" ? "ALWAYS" : "BY DEFAULT")}");
        return true;
    }

    /// <summary>
    /// The value of a column converted to another type: a direct cast between built-in types; through text when either
    /// side is one of the schema's own types (an enum has no cast to another enum, but both read text).
    /// </summary>
    public static string Convert(string column, string from, string to, EmitContext ctx)
    {
        if (!ctx.IsUserType(from) && !ctx.IsUserType(to)) return $"{column}::{to}";
        var dims = to.Length - to.TrimEnd('[', ']').Length;
        return $"{column}::text{string.Concat(Enumerable.Repeat("[]", dims / 2))}::{to}";
    }

    /// <summary>The identity's sequence continues after the highest value the column holds.</summary>
    public static string ContinueIdentity(SchemaObject column)
    {
        var table = ObjectSql.ParentRef(column);
        var name = SqlNames.Ident(ObjectSql.Name(column));
        return $"SELECT setval(pg_get_serial_sequence({SqlNames.Literal(table)}, {SqlNames.Literal(name)}), coalesce(max({name}), 0) + 1, false) FROM {table}";
    }

    private static void SetNotNull(SchemaObject target, string alter, PlanUnit unit, EmitContext ctx)
    {
        var existing = ctx.Online && ctx.Existing(target.Parent) && !ctx.Partitioned(target.Parent!) && alter.StartsWith("ALTER TABLE", StringComparison.Ordinal);
        if (!existing)
        {
            unit.Add(alter + " SET NOT NULL");
            return;
        }
        // Online: a NOT VALID check now, validated without blocking writes later; SET NOT NULL then trusts it.
        var table = ObjectSql.ParentRef(target);
        var column = ObjectSql.Name(target);
        var check = SqlNames.Ident(Truncate(column + "__sg_not_null"));
        unit.Add($"ALTER TABLE {table} ADD CONSTRAINT {check} CHECK ({SqlNames.Ident(column)} IS NOT NULL) NOT VALID");
        var online = ctx.NewUnit(UnitAction.Alter, ObjectKey.Of(target), ObjectKind.Trigger);
        online.Phase = ScriptPhase.Online;
        online.Requires.Add(ObjectKey.Of(target));
        online.Add($"ALTER TABLE {table} VALIDATE CONSTRAINT {check}");
        online.Add(alter + " SET NOT NULL");
        online.Add($"ALTER TABLE {table} DROP CONSTRAINT {check}");
    }

    /// <summary>A generated identifier that fits PostgreSQL's 63 bytes.</summary>
    public static string Truncate(string name)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(name) <= 63) return name;
        var hash = System.Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..8];
        var keep = name;
        while (System.Text.Encoding.UTF8.GetByteCount(keep) > 63 - 9) keep = keep[..^1];
        return keep + "_" + hash;
    }
}
