using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Views and materialized views. Options change in place; a new definition drops and creates the view again (with
/// whatever depends on it): CREATE OR REPLACE only works when columns are only added at the end, which the snapshot
/// cannot tell.
/// </summary>
public sealed class ViewEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.View, ObjectKind.MaterializedView];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add(SqlNames.Join("CREATE", ObjectSql.Keyword(target.Kind), ObjectSql.Ref(target),
            target["options"] is { } options ? $"WITH ({options})" : null, "AS\n" + target["definition"]));

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "options")) return false;
        var before = Options(source["options"]);
        var after = Options(target["options"]);
        var alter = $"ALTER {ObjectSql.Keyword(target.Kind)} {ObjectSql.Ref(target)}";
        var reset = before.Keys.Where(k => !after.ContainsKey(k)).ToList();
        if (reset.Count > 0) unit.Add($"{alter} RESET ({string.Join(", ", reset)})");
        var set = after.Where(p => !before.TryGetValue(p.Key, out var v) || v != p.Value).Select(p => $"{p.Key}={p.Value}").ToList();
        if (set.Count > 0) unit.Add($"{alter} SET ({string.Join(", ", set)})");
        return true;
    }

    /// <summary>reloptions as the snapshot joins them (<c>security_barrier=true, fillfactor=70</c>).</summary>
    public static Dictionary<string, string> Options(string? text) =>
        (text ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries)
            .Select(o => o.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "true", StringComparer.Ordinal);
}
