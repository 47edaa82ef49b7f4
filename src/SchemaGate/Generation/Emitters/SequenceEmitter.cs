using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Sequences: created before anything uses them (column defaults), then OWNED BY their column in a unit of its own
/// that waits for the column; every option changes in place. A sequence owned by a dropped table or column goes with it.
/// </summary>
public sealed class SequenceEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Sequence];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        unit.Add(SqlNames.Join("CREATE SEQUENCE", ObjectSql.Ref(target),
            target["dataType"] is { } type ? "AS " + type : null,
            Option("INCREMENT BY", target["increment"]), Option("MINVALUE", target["minValue"]), Option("MAXVALUE", target["maxValue"]),
            Option("START WITH", target["start"]), Option("CACHE", target["cache"]), target["cycle"] == "true" ? "CYCLE" : "NO CYCLE"));
        if (target["ownedBy"] is { } column) OwnedBy(target, column, ctx);
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        var options = new List<string>();
        foreach (var c in changes)
        {
            switch (c.Name)
            {
                case "dataType": options.Add("AS " + c.After); break;
                case "increment": options.Add(Option("INCREMENT BY", c.After)!); break;
                case "minValue": options.Add(c.After is null ? "NO MINVALUE" : Option("MINVALUE", c.After)!); break;
                case "maxValue": options.Add(c.After is null ? "NO MAXVALUE" : Option("MAXVALUE", c.After)!); break;
                case "start": options.Add(Option("START WITH", c.After)!); break;
                case "cache": options.Add(Option("CACHE", c.After)!); break;
                case "cycle": options.Add(c.After == "true" ? "CYCLE" : "NO CYCLE"); break;
                case "ownedBy": break;
                default: return false;
            }
        }
        // The data type sets the limits' defaults: say them again so AS does not reset what the target keeps.
        if (Has(changes, "dataType"))
        {
            if (!Has(changes, "minValue") && target["minValue"] is { } min) options.Add(Option("MINVALUE", min)!);
            if (!Has(changes, "maxValue") && target["maxValue"] is { } max) options.Add(Option("MAXVALUE", max)!);
        }
        if (options.Count > 0) unit.Add($"ALTER SEQUENCE {ObjectSql.Ref(target)} {string.Join(" ", options)}");
        if (Has(changes, "ownedBy"))
        {
            if (target["ownedBy"] is { } column) OwnedBy(target, column, ctx);
            else unit.Add($"ALTER SEQUENCE {ObjectSql.Ref(target)} OWNED BY NONE");
        }
        return true;
    }

    private static void OwnedBy(SchemaObject sequence, string column, EmitContext ctx)
    {
        var unit = ctx.NewUnit(UnitAction.Alter, ObjectKey.Of(sequence), ObjectKind.Column);
        unit.Requires.Add(new ObjectKey(ObjectKind.Column, column));
        unit.Requires.Add(ObjectKey.Of(sequence));
        var col = ctx.Target.Snapshot.Find(ObjectKind.Column, column);
        var reference = col is null ? column : ObjectSql.Ref(col);
        unit.Add($"ALTER SEQUENCE {ObjectSql.Ref(sequence)} OWNED BY {reference}");
    }

    private static string? Option(string keyword, string? value) => value is null ? null : keyword + " " + value;
}
