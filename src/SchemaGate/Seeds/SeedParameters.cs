using Npgsql;
using NpgsqlTypes;

namespace SchemaGate.Seeds;

/// <summary>A seed file's rows as one <c>text[]</c> parameter per column (positional <c>$1..$N</c>).</summary>
public static class SeedParameters
{
    public static IEnumerable<NpgsqlParameter> Arrays(SeedFile seed) => Arrays(seed, seed.Rows);

    public static IEnumerable<NpgsqlParameter> Arrays(SeedFile seed, IReadOnlyList<SeedRow> rows) =>
        Enumerable.Range(0, seed.Columns.Count).Select(i => new NpgsqlParameter
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
            Value = rows.Select(r => r.Values[i]).ToArray(),
        });
}
