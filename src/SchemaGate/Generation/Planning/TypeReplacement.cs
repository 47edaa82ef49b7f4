using SchemaGate.Catalog;
using SchemaGate.Generation.Emitters;

namespace SchemaGate.Generation.Planning;

/// <summary>
/// A type that cannot be changed in place (an enum losing or reordering labels, a domain on a new base type, a
/// range with a new subtype): the old one is renamed out of the way, the new one created under the name, every
/// column of the type converted through its text form (its default set aside meanwhile), and the old type dropped.
/// What names the type in an expression (checks, indexes, views, functions taking it) is dropped before and created
/// after by the planner.
/// </summary>
public static class TypeReplacement
{
    public static void Emit(SchemaObject source, SchemaObject target, PlanUnit unit, EmitContext ctx, KindEmitter emitter,
        IReadOnlyList<(SchemaObject Before, SchemaObject After)> columns)
    {
        if (source.Kind == ObjectKind.RangeType)
        {
            ThroughText(source, target, unit, ctx, emitter, columns);
            return;
        }
        var keyword = source.Kind == ObjectKind.Domain ? "DOMAIN" : "TYPE";
        var oldName = ColumnEmitter.Truncate(ObjectSql.Name(source) + "__sg_old");
        unit.Add($"ALTER {keyword} {ObjectSql.Ref(source)} RENAME TO {SqlNames.Ident(oldName)}");
        emitter.Create(target, unit, ctx);
        var newType = ObjectSql.Ref(target);
        foreach (var (before, after) in columns)
        {
            var alter = $"ALTER TABLE {ObjectSql.ParentRef(after)} ALTER COLUMN {SqlNames.Ident(ObjectSql.Name(after))}";
            var dims = after["type"]!.Length - after["type"]!.TrimEnd('[', ']').Length;
            var brackets = string.Concat(Enumerable.Repeat("[]", dims / 2));
            if (before["default"] is not null) unit.Add(alter + " DROP DEFAULT");
            unit.Add($"{alter} TYPE {after["type"]} USING {SqlNames.Ident(ObjectSql.Name(after))}::text{brackets}::{newType}{brackets}");
            if (after["default"] is { } def) unit.Add($"{alter} SET DEFAULT {def}");
            unit.Provides.Add(ObjectKey.Of(after));
            unit.Removes.Add(ObjectKey.Of(before));
        }
        unit.Add($"DROP {keyword} {SqlNames.Qualified(source.Schema, oldName)}");
    }

    /// <summary>
    /// A range type's constructor functions keep its name when it is renamed, so a range is not renamed: its columns
    /// become text, the old type goes, the new one is made and the columns converted back.
    /// </summary>
    private static void ThroughText(SchemaObject source, SchemaObject target, PlanUnit unit, EmitContext ctx, KindEmitter emitter,
        IReadOnlyList<(SchemaObject Before, SchemaObject After)> columns)
    {
        foreach (var (before, _) in columns)
        {
            var alter = $"ALTER TABLE {ObjectSql.ParentRef(before)} ALTER COLUMN {SqlNames.Ident(ObjectSql.Name(before))}";
            var brackets = Brackets(before["type"]!);
            if (before["default"] is not null) unit.Add(alter + " DROP DEFAULT");
            unit.Add($"{alter} TYPE text{brackets} USING {SqlNames.Ident(ObjectSql.Name(before))}::text{brackets}");
        }
        unit.Add($"DROP TYPE {ObjectSql.Ref(source)}");
        emitter.Create(target, unit, ctx);
        foreach (var (before, after) in columns)
        {
            var alter = $"ALTER TABLE {ObjectSql.ParentRef(after)} ALTER COLUMN {SqlNames.Ident(ObjectSql.Name(after))}";
            unit.Add($"{alter} TYPE {after["type"]} USING {SqlNames.Ident(ObjectSql.Name(after))}::{after["type"]}");
            if (after["default"] is { } def) unit.Add($"{alter} SET DEFAULT {def}");
            unit.Provides.Add(ObjectKey.Of(after));
            unit.Removes.Add(ObjectKey.Of(before));
        }
    }

    private static string Brackets(string type) => string.Concat(Enumerable.Repeat("[]", (type.Length - type.TrimEnd('[', ']').Length) / 2));
}
