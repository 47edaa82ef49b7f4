using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Rules;

namespace SchemaGate.Impact;

/// <summary>
/// Reads the size of the tables findings are about from production, over a read-only session: one catalog query for all of them (reltuples, pg_total_relation_size, index -> table),
/// then for each small table (fewer than <see cref="ImpactOptions.ExactBelow"/> estimated rows, or never analysed)
/// an exact <c>count(*)</c> (and <c>count(column)</c> for a dropped column) under a short statement timeout. A count
/// that times out or is not permitted falls back to the estimate.
/// </summary>
public sealed class ImpactReader(ImpactOptions options)
{
    public ImpactOptions Options { get; } = options;

    public async Task<IReadOnlyList<TableImpact>> ReadAsync(DatabaseUrl production, IReadOnlyCollection<ImpactTarget> targets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0) return [];
        await using var conn = await Sessions.OpenAsync(production, Options.Session.ReadOnly(DatabaseRole.Production), ct).ConfigureAwait(false);
        await using (var set = new NpgsqlCommand(
            $"select set_config('statement_timeout', '{(long)Options.CountTimeout.TotalMilliseconds}ms', false)", conn))
            await set.ExecuteNonQueryAsync(ct).ConfigureAwait(false);

        var distinct = targets.Distinct().ToList();
        var stats = await StatsAsync(conn, distinct, ct).ConfigureAwait(false);
        var result = new List<TableImpact>();
        foreach (var target in distinct)
        {
            if (!stats.TryGetValue((target.Schema, target.Name), out var s)) continue;
            long? exact = null, values = null;
            if (s.RelTuples < 0 || s.RelTuples < Options.ExactBelow)
                (exact, values) = await CountAsync(conn, s.Schema, s.Table, s.Kind == "p" ? null : target.Column, ct).ConfigureAwait(false);
            result.Add(new TableImpact(target, new QualifiedName(s.Schema, s.Table).ToString(), s.RelTuples, exact, s.Bytes, values));
        }
        return result;
    }

    private sealed record Stats(string Schema, string Table, string Kind, double RelTuples, long Bytes);

    private static async Task<Dictionary<(string, string), Stats>> StatsAsync(NpgsqlConnection conn, List<ImpactTarget> targets, CancellationToken ct)
    {
        // For a partitioned table the estimate and size are the sums over its partitions.
        await using var cmd = new NpgsqlCommand("""
            select p.s, p.n, tn.nspname::text, t.relname::text, t.relkind::text,
                   case when t.relkind = 'p' then coalesce((select sum(greatest(x.reltuples, 0)) from pg_partition_tree(t.oid) pt join pg_class x on x.oid = pt.relid where pt.isleaf), 0)
                        else t.reltuples end::float8,
                   case when t.relkind = 'p' then coalesce((select sum(pg_total_relation_size(pt.relid)) from pg_partition_tree(t.oid) pt where pt.isleaf), 0)
                        else pg_total_relation_size(t.oid) end::int8
              from unnest(@schemas::text[], @names::text[]) as p(s, n)
              join pg_namespace n on n.nspname = p.s
              join pg_class c on c.relnamespace = n.oid and c.relname = p.n
              left join pg_index i on i.indexrelid = c.oid
              join pg_class t on t.oid = coalesce(i.indrelid, c.oid)
              join pg_namespace tn on tn.oid = t.relnamespace
             where t.relkind in ('r', 'p', 'm')
            """, conn);
        cmd.Parameters.AddWithValue("schemas", targets.Select(t => t.Schema).ToArray());
        cmd.Parameters.AddWithValue("names", targets.Select(t => t.Name).ToArray());
        var stats = new Dictionary<(string, string), Stats>();
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            stats[(r.GetString(0), r.GetString(1))] = new Stats(r.GetString(2), r.GetString(3), r.GetString(4), r.GetDouble(5), r.GetInt64(6));
        return stats;
    }

    private static async Task<(long? Rows, long? Values)> CountAsync(NpgsqlConnection conn, string schema, string table, string? column, CancellationToken ct)
    {
        var from = $"{Quote(schema)}.{Quote(table)}";
        var sql = column is null ? $"select count(*), null::int8 from {from}" : $"select count(*), count({Quote(column)}) from {from}";
        try
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            if (!await r.ReadAsync(ct).ConfigureAwait(false)) return (null, null);
            return (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1));
        }
        catch (PostgresException ex) when (ex.SqlState is "57014" or "42501" or "42703")
        {
            // Timed out, not permitted, or the column is not in production: the estimate is what we can say.
            return (null, null);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
