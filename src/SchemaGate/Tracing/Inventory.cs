using Npgsql;
using NpgsqlTypes;
using SchemaGate.Rules;

namespace SchemaGate.Tracing;

/// <summary>
/// What existed before a script ran, keyed by OID (OIDs are stable within the script's run): relations, the live
/// columns of tables, schemas and user-defined types. Read in one query on the migrating session.
/// </summary>
internal sealed class Inventory
{
    public Dictionary<uint, Relation> Relations { get; } = [];
    public Dictionary<(uint Table, int Number), string> Columns { get; } = [];
    public Dictionary<uint, string> Schemas { get; } = [];
    public Dictionary<uint, (string Name, string TypType)> Types { get; } = [];

    /// <summary>The query's array parameters, built once per script.</summary>
    public uint[] RelationIds { get; private set; } = [];
    public uint[] FileNodes { get; private set; } = [];
    public uint[] TableIds { get; private set; } = [];
    public uint[] SchemaIds { get; private set; } = [];
    public uint[] TypeIds { get; private set; } = [];

    public bool IsEmpty => Relations.Count == 0 && Schemas.Count == 0 && Types.Count == 0;

    public static async Task<Inventory> ReadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var inv = new Inventory();
        await using (var cmd = new NpgsqlCommand(TraceQueries.BeforeScript, conn))
        {
            await cmd.PrepareAsync(ct).ConfigureAwait(false);
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                var oid = r.GetFieldValue<uint>(1);
                switch (r.GetString(0))
                {
                    case "R":
                        inv.Relations[oid] = new Relation(oid, r.GetString(3), r.GetString(4), KindOf(r.GetString(5)),
                            r.GetFieldValue<uint>(6), r.GetFieldValue<uint>(7));
                        break;
                    case "C":
                        inv.Columns[(oid, r.GetInt32(2))] = r.GetString(4);
                        break;
                    case "N":
                        inv.Schemas[oid] = r.GetString(3);
                        break;
                    case "T":
                        inv.Types[oid] = (new QualifiedName(r.GetString(3), r.GetString(4)).ToString(), r.GetString(5));
                        break;
                }
            }
        }
        inv.RelationIds = [.. inv.Relations.Keys];
        inv.FileNodes = [.. inv.RelationIds.Select(id => inv.Relations[id].FileNode)];
        inv.TableIds = [.. inv.Relations.Values.Where(x => x.Kind is RelationKind.Table or RelationKind.PartitionedTable).Select(x => x.Oid)];
        inv.SchemaIds = [.. inv.Schemas.Keys];
        inv.TypeIds = [.. inv.Types.Keys];
        return inv;
    }

    /// <summary>The after-statement query's positional parameters: $1 relations, $2 their relfilenodes, $3 tables, $4 schemas, $5 types.</summary>
    public void Bind(NpgsqlParameterCollection parameters)
    {
        Add(parameters, RelationIds);
        Add(parameters, FileNodes);
        Add(parameters, TableIds);
        Add(parameters, SchemaIds);
        Add(parameters, TypeIds);
    }

    private static void Add(NpgsqlParameterCollection parameters, uint[] values) =>
        parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Oid, Value = values });

    /// <summary>The table a relation belongs to: itself, or an index's table.</summary>
    public string TableOf(Relation relation) =>
        relation.Kind == RelationKind.Index && Relations.TryGetValue(relation.Owner, out var table) ? table.Name : relation.Name;

    private static RelationKind KindOf(string relkind) => relkind switch
    {
        "r" => RelationKind.Table,
        "p" => RelationKind.PartitionedTable,
        "m" => RelationKind.MaterializedView,
        "S" => RelationKind.Sequence,
        _ => RelationKind.Index,
    };

    /// <summary>A relation before the script; <see cref="Name"/> is schema-qualified, <see cref="Owner"/> the index's table or the sequence's owning table (0 if none).</summary>
    internal sealed record Relation(uint Oid, string Schema, string RelName, RelationKind Kind, uint FileNode, uint Owner)
    {
        public string Name { get; } = new QualifiedName(Schema, RelName).ToString();
        public bool IsTable => Kind is RelationKind.Table or RelationKind.PartitionedTable;
    }
}
