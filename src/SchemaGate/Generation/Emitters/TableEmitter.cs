using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Tables themselves: CREATE TABLE with every column (or PARTITION OF its parent), DROP TABLE, and the table-level
/// changes (logged or not, row-level security, replica identity, storage options, inheritance, partition
/// attachment). A new partition key cannot be altered: the table is made again. Columns added to, moved in or
/// changed in a table that stays are the <see cref="Planning.TablePlanner"/>'s.
/// </summary>
public sealed class TableEmitter : KindEmitter
{
    public override IReadOnlyCollection<ObjectKind> Kinds => [ObjectKind.Table];

    public override void Create(SchemaObject target, PlanUnit unit, EmitContext ctx)
    {
        var unlogged = target["persistence"] == "unlogged" ? "UNLOGGED " : "";
        var partitionBy = target["partitionKey"] is { } key ? "PARTITION BY " + key : null;
        var with = target["options"] is { } options ? $"WITH ({options})" : null;
        if (target["partitionOf"] is { } parent)
        {
            unit.Add(SqlNames.Join($"CREATE {unlogged}TABLE {ObjectSql.Ref(target)} PARTITION OF {Relation(ctx.Target, parent)}",
                target["partitionBound"], partitionBy, with));
        }
        else
        {
            var columns = ctx.Target.Columns(target.Identity).Select(c => ColumnSql.Definition(c));
            unit.Add(SqlNames.Join($"CREATE {unlogged}TABLE {ObjectSql.Ref(target)} ({string.Join(", ", columns)})",
                target["inherits"] is { } inherits ? $"INHERITS ({string.Join(", ", Split(inherits).Select(i => Relation(ctx.Target, i)))})" : null,
                partitionBy, with));
        }
        var alter = "ALTER TABLE " + ObjectSql.Ref(target);
        if (target["rowSecurity"] == "true") unit.Add(alter + " ENABLE ROW LEVEL SECURITY");
        if (target["forceRowSecurity"] == "true") unit.Add(alter + " FORCE ROW LEVEL SECURITY");
        if (target["replicaIdentity"] is { } identity && identity != "default") ReplicaIdentity(target, ctx);
        foreach (var column in ctx.Target.Columns(target.Identity))
        {
            unit.Provides.Add(ObjectKey.Of(column));
            CommentsAndGrants.AfterCreate(column, unit, ctx);
        }
    }

    public override void Drop(SchemaObject source, PlanUnit unit, EmitContext ctx) => unit.Add(DropStatement(source));

    public override bool Alter(SchemaObject source, SchemaObject target, IReadOnlyList<AttributeChange> changes, PlanUnit unit, EmitContext ctx)
    {
        if (Has(changes, "partitionKey")) return false;
        var alter = "ALTER TABLE " + ObjectSql.Ref(target);
        foreach (var c in changes)
        {
            switch (c.Name)
            {
                case "persistence":
                    unit.Add(alter + (c.After == "unlogged" ? " SET UNLOGGED" : " SET LOGGED"));
                    break;
                case "rowSecurity":
                    unit.Add(alter + (c.After == "true" ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
                    break;
                case "forceRowSecurity":
                    unit.Add(alter + (c.After == "true" ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
                    break;
                case "replicaIdentity" or "replicaIdentityIndex":
                    break;
                case "options":
                    var before = ViewEmitter.Options(c.Before);
                    var after = ViewEmitter.Options(c.After);
                    var reset = before.Keys.Where(k => !after.ContainsKey(k)).ToList();
                    if (reset.Count > 0) unit.Add($"{alter} RESET ({string.Join(", ", reset)})");
                    var set = after.Where(p => !before.TryGetValue(p.Key, out var v) || v != p.Value).Select(p => $"{p.Key}={p.Value}").ToList();
                    if (set.Count > 0) unit.Add($"{alter} SET ({string.Join(", ", set)})");
                    break;
                case "inherits":
                    foreach (var gone in Split(c.Before).Except(Split(c.After)))
                        unit.Add($"{alter} NO INHERIT {Relation(ctx.Source, gone)}");
                    foreach (var added in Split(c.After).Except(Split(c.Before)))
                    {
                        unit.Add($"{alter} INHERIT {Relation(ctx.Target, added)}");
                        unit.Requires.Add(new ObjectKey(ObjectKind.Table, added));
                    }
                    break;
                case "partitionOf" or "partitionBound":
                    break;
                default:
                    return false;
            }
        }
        if (Has(changes, "replicaIdentity") || Has(changes, "replicaIdentityIndex")) ReplicaIdentity(target, ctx);
        if (Has(changes, "partitionOf") || Has(changes, "partitionBound"))
        {
            if (source["partitionOf"] is { } oldParent)
                unit.Add($"ALTER TABLE {Relation(ctx.Source, oldParent)} DETACH PARTITION {ObjectSql.Ref(source)}");
            if (target["partitionOf"] is { } newParent)
            {
                unit.Add($"ALTER TABLE {Relation(ctx.Target, newParent)} ATTACH PARTITION {ObjectSql.Ref(target)} {target["partitionBound"]}");
                unit.Requires.Add(new ObjectKey(ObjectKind.Table, newParent));
            }
        }
        return true;
    }

    private static void ReplicaIdentity(SchemaObject table, EmitContext ctx)
    {
        var unit = ctx.NewUnit(UnitAction.Alter, ObjectKey.Of(table), ObjectKind.Index);
        unit.Requires.Add(ObjectKey.Of(table));
        var how = table["replicaIdentity"] switch
        {
            "full" => "FULL",
            "nothing" => "NOTHING",
            "index" when table["replicaIdentityIndex"] is { } index => "USING INDEX " + SqlNames.Ident(index),
            _ => "DEFAULT",
        };
        if (table["replicaIdentity"] == "index" && table["replicaIdentityIndex"] is { } i)
            unit.Requires.Add(new ObjectKey(ObjectKind.Index, table.Schema + "." + i));
        unit.Add($"ALTER TABLE {ObjectSql.Ref(table)} REPLICA IDENTITY {how}");
    }

    /// <summary>A table named by identity in a snapshot, quoted with its own schema.</summary>
    public static string Relation(ReferenceIndex snapshot, string identity) =>
        (snapshot.Snapshot.Find(ObjectKind.Table, identity) ?? snapshot.Snapshot.Find(ObjectKind.ForeignTable, identity)) is { } t
            ? ObjectSql.Ref(t)
            : identity;

    private static IEnumerable<string> Split(string? list) => (list ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries);
}
