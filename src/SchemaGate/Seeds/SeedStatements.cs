namespace SchemaGate.Seeds;

/// <summary>
/// The set-based SQL for one seeded table. The seed rows come from a relation <c>s</c> whose columns
/// <c>c0..cN</c> are text (a temporary table filled by COPY, or <c>unnest($1::text[], ...)</c>); every value is cast
/// to the column's type. Rows match on the key columns; a row differs when any non-key column's text form differs.
/// </summary>
public sealed class SeedStatements
{
    private readonly string _table;
    private readonly IReadOnlyList<(int Index, string Name, string Type, string WriteType)> _columns;
    private readonly IReadOnlyList<(int Index, string Name, string Type, string WriteType)> _keys;
    private readonly IReadOnlyList<(int Index, string Name, string Type, string WriteType)> _compared;

    /// <param name="seed">The seed file (its header order gives c0..cN).</param>
    /// <param name="shape">The table's shape in the database the statements run against.</param>
    /// <param name="columns">Header columns to write and compare (default: all of them).</param>
    public SeedStatements(SeedFile seed, TableShape shape, IReadOnlyCollection<string>? columns = null)
    {
        _table = $"{Quote(shape.Schema)}.{Quote(shape.Table)}";
        _columns = seed.Columns.Select((name, i) => (i, name, Shape: shape.Column(name)))
            .Where(c => c.Shape is not null && (columns is null || columns.Contains(c.name)))
            .Select(c => (c.i, c.name, c.Shape!.Type, c.Shape.WriteCast)).ToArray();
        _keys = _columns.Where(c => seed.KeyColumns.Contains(c.Name)).ToArray();
        _compared = _columns.Where(c => !seed.KeyColumns.Contains(c.Name)).ToArray();
        ColumnCount = seed.Columns.Count;
    }

    public int ColumnCount { get; }

    /// <summary><c>c0 text, c1 text, ...</c> for the temporary table.</summary>
    public string TextColumns => string.Join(", ", Enumerable.Range(0, ColumnCount).Select(i => $"c{i} text"));

    public string ColumnNames => string.Join(", ", Enumerable.Range(0, ColumnCount).Select(i => $"c{i}"));

    /// <summary><c>unnest($1::text[], ...) as s(c0, ...)</c>: the seed rows as positional array parameters.</summary>
    public string Unnest => $"unnest({string.Join(", ", Enumerable.Range(1, ColumnCount).Select(i => $"${i}::text[]"))}) as u({ColumnNames})";

    /// <summary>The seed value as the column's full type: for matching keys and comparing.</summary>
    private static string Value((int Index, string Name, string Type, string WriteType) c) => $"s.c{c.Index}::{c.Type}";

    /// <summary>The seed value to write: cast without the type modifier, so the assignment enforces it (no silent truncation).</summary>
    private static string Written((int Index, string Name, string Type, string WriteType) c) => $"s.c{c.Index}::{c.WriteType}";

    private string KeyMatch => string.Join(" and ", _keys.Select(k => $"t.{Quote(k.Name)} = {Value(k)}"));

    private string Differs => _compared.Count == 0
        ? "false"
        : string.Join(" or ", _compared.Select(c => $"t.{Quote(c.Name)}::text is distinct from ({Value(c)})::text"));

    public string Insert(string from) =>
        $"insert into {_table} ({string.Join(", ", _columns.Select(c => Quote(c.Name)))}) " +
        $"select {string.Join(", ", _columns.Select(Written))} from {from} s " +
        $"where not exists (select 1 from {_table} t where {KeyMatch})";

    /// <summary>Null when every column is a key column (nothing to update).</summary>
    public string? Update(string from) => _compared.Count == 0
        ? null
        : $"update {_table} t set {string.Join(", ", _compared.Select(c => $"{Quote(c.Name)} = {Written(c)}"))} " +
          $"from {from} s where {KeyMatch} and ({Differs})";

    public string Delete(string from) =>
        $"delete from {_table} t where not exists (select 1 from {from} s where {KeyMatch})";

    /// <summary>One row: seed rows not in the table, in it but different, in it and equal, and table rows not in the seed.</summary>
    public string Counts(string from) =>
        $"select count(*) filter (where t.ctid is null)::int, " +
        $"count(*) filter (where t.ctid is not null and ({Differs}))::int, " +
        $"count(*) filter (where t.ctid is not null and not ({Differs}))::int, " +
        $"(select count(*) from {_table} t where not exists (select 1 from {from} s where {KeyMatch}))::int " +
        $"from {from} s left join {_table} t on {KeyMatch}";

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
