using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>Publications: the published tables and schemas are set with ALTER PUBLICATION ... SET, the options with SET (...); FOR ALL TABLES cannot be switched, so that makes a new publication.</summary>
public sealed class PublicationEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Publication];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx) =>
        unit.Add(SqlNames.Join("CREATE PUBLICATION", ObjectSql.Ref(target),
            target["allTables"] == "true" ? "FOR ALL TABLES" : Objects(target) is { Length: > 0 } objects ? "FOR " + objects : null,
            "WITH (" + With(target) + ")"));

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (!Only(changes, "tables", "schemas", "publish", "viaRoot")) return false;
        var name = ObjectSql.Ref(target);
        if (Has(changes, "tables") || Has(changes, "schemas"))
        {
            if (Objects(target) is { Length: > 0 } objects) unit.Add($"ALTER PUBLICATION {name} SET {objects}");
            else
            {
                if (source["tables"] is { } tables) unit.Add($"ALTER PUBLICATION {name} DROP TABLE {TablesOnly(tables)}");
                if (source["schemas"] is { } schemas) unit.Add($"ALTER PUBLICATION {name} DROP TABLES IN SCHEMA {schemas}");
            }
        }
        if (Has(changes, "publish") || Has(changes, "viaRoot")) unit.Add($"ALTER PUBLICATION {name} SET ({With(target)})");
        return true;
    }

    private static string Objects(SchemaObject p) => string.Join(", ", new[]
    {
        p["tables"] is { } tables ? "TABLE " + tables : null,
        p["schemas"] is { } schemas ? "TABLES IN SCHEMA " + schemas : null,
    }.Where(x => x is not null));

    private static string With(SchemaObject p) =>
        $"publish = {SqlNames.Literal(p["publish"] ?? "")}, publish_via_partition_root = {p["viaRoot"] ?? "false"}";

    /// <summary>The table names of a publication's table list, without column lists and row filters (DROP TABLE takes names only).</summary>
    private static string TablesOnly(string tables) => string.Join(", ", TypeText.SplitTopLevel(tables)
        .Select(t => t.Split(' ')[0]));
}
