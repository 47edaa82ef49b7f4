using System.Text.RegularExpressions;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Enums: labels added anywhere become ALTER TYPE ... ADD VALUE, unless the script itself uses a new label (a
/// default, a check, a view): a value added in a transaction cannot be used in it, so the type is replaced instead
/// (as for a removed or reordered label; see <see cref="TypeReplacement"/>).
/// </summary>
public sealed class EnumEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Enum];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add($"CREATE TYPE {ObjectSql.Ref(target)} AS ENUM ({target[AttributeNames.Labels]})");

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, AttributeNames.Labels)) return false;
        var before = TypeText.Labels(source[AttributeNames.Labels]);
        var after = TypeText.Labels(target[AttributeNames.Labels]);
        if (!IsSubsequence(before, after)) return false;
        var added = after.Except(before).ToList();
        if (added.Any(label => UsedInTarget(ctx.Target.Snapshot, target, label))) return false;
        var present = new List<string>(before);
        for (var i = 0; i < after.Count; i++)
        {
            if (present.Contains(after[i])) continue;
            var where = i > 0 ? "AFTER " + SqlNames.Literal(after[i - 1]) : "BEFORE " + SqlNames.Literal(after[i + 1]);
            unit.Add($"ALTER TYPE {ObjectSql.Ref(target)} ADD VALUE {SqlNames.Literal(after[i])} {where}");
            present.Add(after[i]);
        }
        return true;
    }

    private static bool IsSubsequence(IReadOnlyList<string> small, IReadOnlyList<string> big)
    {
        var j = 0;
        foreach (var item in big)
            if (j < small.Count && small[j] == item) j++;
        return j == small.Count && small.All(big.Contains);
    }

    /// <summary>True when some object of the target writes the label as a value of this type ('x'::mood).</summary>
    private static bool UsedInTarget(SchemaSnapshot target, SchemaObject type, string label)
    {
        var name = ObjectSql.Name(type);
        var pattern = new Regex(Regex.Escape(SqlNames.Literal(label)) + @"::(\w+\.)?""?" + Regex.Escape(name) + @"\b");
        foreach (var o in target.Objects)
        {
            if (o.Kind is ObjectKind.Enum) continue;
            foreach (var (_, value) in o.Attributes)
                if (value.Contains(label, StringComparison.Ordinal) && pattern.IsMatch(value)) return true;
        }
        return false;
    }
}

/// <summary>Domains: default, NOT NULL and checks change in place (checks on a used domain NOT VALID, then validated online); a new base type or collation replaces the domain.</summary>
public sealed class DomainEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Domain];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var parts = new List<string?> { "CREATE DOMAIN", ObjectSql.Ref(target), "AS", target["baseType"] };
        if (target["collation"] is { } collation) parts.Add("COLLATE " + collation);
        if (target["default"] is { } def) parts.Add("DEFAULT " + def);
        if (target["notNull"] == "true") parts.Add("NOT NULL");
        foreach (var (name, definition) in TypeText.Checks(target["checks"]))
            if (!definition.StartsWith("NOT NULL", StringComparison.Ordinal)) parts.Add($"CONSTRAINT {SqlNames.Ident(name)} {definition}");
        unit.Add(SqlNames.Join([.. parts]));
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "default", "notNull", "checks")) return false;
        var name = ObjectSql.Ref(target);
        if (Has(changes, "default"))
            unit.Add(target["default"] is { } def ? $"ALTER DOMAIN {name} SET DEFAULT {def}" : $"ALTER DOMAIN {name} DROP DEFAULT");
        if (Has(changes, "notNull"))
            unit.Add(target["notNull"] == "true" ? $"ALTER DOMAIN {name} SET NOT NULL" : $"ALTER DOMAIN {name} DROP NOT NULL");
        if (Has(changes, "checks"))
        {
            var before = TypeText.Checks(source["checks"]).Where(c => !c.Definition.StartsWith("NOT NULL", StringComparison.Ordinal)).ToList();
            var after = TypeText.Checks(target["checks"]).Where(c => !c.Definition.StartsWith("NOT NULL", StringComparison.Ordinal)).ToList();
            foreach (var c in before.Where(b => !after.Contains(b)))
                unit.Add($"ALTER DOMAIN {name} DROP CONSTRAINT {SqlNames.Ident(c.Name)}");
            foreach (var c in after.Where(a => !before.Contains(a)))
            {
                var notValid = c.Definition.EndsWith(" NOT VALID", StringComparison.Ordinal);
                if (ctx.Online && !notValid)
                {
                    unit.Add($"ALTER DOMAIN {name} ADD CONSTRAINT {SqlNames.Ident(c.Name)} {c.Definition} NOT VALID");
                    var validate = ctx.NewUnit(UnitAction.Alter, ObjectKey.Of(target), ObjectKind.Constraint);
                    validate.Phase = ScriptPhase.Online;
                    validate.Requires.Add(ObjectKey.Of(target));
                    validate.Add($"ALTER DOMAIN {name} VALIDATE CONSTRAINT {SqlNames.Ident(c.Name)}");
                }
                else unit.Add($"ALTER DOMAIN {name} ADD CONSTRAINT {SqlNames.Ident(c.Name)} {c.Definition}");
            }
        }
        return true;
    }
}

/// <summary>Composite types: attributes added at the end, dropped or given a new type in place; a reordering replaces the type.</summary>
public sealed class CompositeTypeEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.CompositeType];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add($"CREATE TYPE {ObjectSql.Ref(target)} AS ({target["attributes"]})");

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "attributes")) return false;
        var before = TypeText.Attributes(source["attributes"]);
        var after = TypeText.Attributes(target["attributes"]);
        var kept = after.Where(a => before.Any(b => b.Name == a.Name)).Select(a => a.Name).ToList();
        var keptBefore = before.Where(b => kept.Contains(b.Name)).Select(b => b.Name).ToList();
        if (!kept.SequenceEqual(keptBefore)) return false;
        // New attributes go to the end: they must come after every kept one in the target.
        var lastKept = after.Select((a, i) => (a, i)).Where(x => kept.Contains(x.a.Name)).Select(x => x.i).DefaultIfEmpty(-1).Max();
        if (after.Select((a, i) => (a, i)).Any(x => !kept.Contains(x.a.Name) && x.i < lastKept)) return false;
        var actions = new List<string>();
        actions.AddRange(before.Where(b => !kept.Contains(b.Name)).Select(b => "DROP ATTRIBUTE " + SqlNames.Ident(b.Name)));
        foreach (var a in after.Where(a => kept.Contains(a.Name)))
            if (before.First(b => b.Name == a.Name).Type != a.Type) actions.Add($"ALTER ATTRIBUTE {SqlNames.Ident(a.Name)} TYPE {a.Type}");
        actions.AddRange(after.Where(a => !kept.Contains(a.Name)).Select(a => $"ADD ATTRIBUTE {SqlNames.Ident(a.Name)} {a.Type}"));
        if (actions.Count > 0) unit.Add($"ALTER TYPE {ObjectSql.Ref(target)} {string.Join(", ", actions)}");
        return true;
    }
}

/// <summary>Range types (with their multirange): fixed at creation, so any change replaces the type.</summary>
public sealed class RangeTypeEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.RangeType, ObjectKind.MultirangeType];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        if (target.Kind == ObjectKind.MultirangeType) return; // made with its range
        var options = new List<string> { "SUBTYPE = " + target["subtype"] };
        if (target["subtypeOpclass"] is { } opclass) options.Add("SUBTYPE_OPCLASS = " + opclass);
        if (target["collation"] is { } collation) options.Add("COLLATION = " + collation);
        if (target["canonical"] is { } canonical) options.Add("CANONICAL = " + canonical);
        if (target["subtypeDiff"] is { } diff) options.Add("SUBTYPE_DIFF = " + diff);
        if (target["multirange"] is { } multirange && ctx.Target.Snapshot.Find(ObjectKind.MultirangeType, multirange) is { } m)
            options.Add("MULTIRANGE_TYPE_NAME = " + ObjectSql.Ref(m));
        unit.Add($"CREATE TYPE {ObjectSql.Ref(target)} AS RANGE ({string.Join(", ", options)})");
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx)
    {
        if (source.Kind == ObjectKind.RangeType) unit.Add(DropStatement(source));
    }

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx) =>
        changes.Count == 0;
}
