using Npgsql;

namespace SchemaGate.Seeds;

/// <summary>Reads the shapes of the seeded tables from a database's catalog (read-only queries, one round trip).</summary>
public static class SeedCatalog
{
    private const string Query = """
        select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
               a.attgenerated = '' and a.attidentity <> 'a',
               coalesce((select array_agg(distinct rn.nspname || '.' || rc.relname)
                           from pg_constraint f
                           join pg_class rc on rc.oid = f.confrelid
                           join pg_namespace rn on rn.oid = rc.relnamespace
                          where f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid), '{}'),
               format_type(a.atttypid, null)
          from unnest($1::text[], $2::text[]) as s(schema_name, table_name)
          join pg_namespace n on n.nspname = s.schema_name
          join pg_class c on c.relnamespace = n.oid and c.relname = s.table_name and c.relkind in ('r', 'p')
          join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
         order by n.nspname, c.relname, a.attnum
        """;

    /// <summary>The shapes of the tables that exist, keyed by <c>schema.table</c>; missing tables are absent.</summary>
    public static async Task<IReadOnlyDictionary<string, TableShape>> ReadAsync(NpgsqlConnection conn, IEnumerable<SeedFile> seeds, CancellationToken ct)
    {
        var list = seeds.ToList();
        await using var cmd = new NpgsqlCommand(Query, conn);
        cmd.Parameters.AddWithValue(list.Select(s => s.Schema).ToArray());
        cmd.Parameters.AddWithValue(list.Select(s => s.Table).ToArray());
        var rows = new List<(string Schema, string Table, ColumnShape Column, string[] Refs)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
                rows.Add((r.GetString(0), r.GetString(1), new ColumnShape(r.GetString(2), r.GetString(3), r.GetBoolean(4), r.GetString(6)), r.GetFieldValue<string[]>(5)));
        }
        return rows.GroupBy(x => (x.Schema, x.Table))
            .Select(g => new TableShape(g.Key.Schema, g.Key.Table, g.Select(x => x.Column).ToArray(), g.First().Refs))
            .ToDictionary(t => t.QualifiedName, StringComparer.Ordinal);
    }
}
