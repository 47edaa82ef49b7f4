using SchemaGate.Sql;

namespace SchemaGate.Rules.Schema;

/// <summary>
/// <c>CREATE [GLOBAL | LOCAL] [TEMP | TEMPORARY | UNLOGGED] TABLE [IF NOT EXISTS] name (element, ...)</c> split into its
/// column definitions and table constraints. <c>LIKE</c>, <c>PARTITION OF</c>, <c>OF type</c> and <c>AS query</c> forms give
/// no elements (their columns are not written in the statement).
/// </summary>
public sealed record CreateTable(QualifiedName Table, bool IfNotExists, bool Temporary,
    IReadOnlyList<ColumnDefinition> Columns, IReadOnlyList<TableConstraint> Constraints)
{
    // Several rules and the declared-schema reader ask for the same statement's parse; each statement is parsed once
    // (held as long as the statement lives, which a large script's statements do not make costly: a CREATE TABLE is small).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqlStatement, Parsed> Cache = new();

    private sealed record Parsed(CreateTable? Table);

    public static CreateTable? TryParse(SqlStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return Cache.GetValue(statement, static s => new Parsed(Parse(s))).Table;
    }

    private static CreateTable? Parse(SqlStatement statement)
    {
        var t = statement.Tokens;
        if (t.Count < 3 || !t[0].IsWord("create")) return null;
        var i = 1;
        var temporary = false;
        if (t.Skip(ref i, "global") || t.Skip(ref i, "local")) { }
        if (t.Skip(ref i, "temp") || t.Skip(ref i, "temporary")) temporary = true;
        else t.Skip(ref i, "unlogged");
        if (!t.Skip(ref i, "table")) return null;
        var ifNotExists = false;
        if (t.Skip(ref i, "if", "not") && t.Skip(ref i, "exists")) ifNotExists = true;
        if (!t.TryReadName(ref i, out var table)) return null;
        var columns = new List<ColumnDefinition>();
        var constraints = new List<TableConstraint>();
        if (t.IsCharAt(i, '('))
        {
            var close = i;
            t.SkipGroup(ref close);
            foreach (var (start, end) in Elements(t, i + 1, close - 1))
            {
                if (t.IsWordAt(start, "like")) continue;
                if (TableConstraint.TryRead(t, start, end) is { } constraint) constraints.Add(constraint);
                else if (ColumnDefinition.TryRead(t, start, end) is { } column) columns.Add(column);
            }
        }
        return new CreateTable(table, ifNotExists, temporary, columns, constraints);
    }

    /// <summary>The comma-separated items of a parenthesised list, as token ranges.</summary>
    public static IEnumerable<(int Start, int End)> Elements(IReadOnlyList<SqlToken> t, int from, int to)
    {
        var depth = 0;
        var start = from;
        for (var i = from; i < to; i++)
        {
            if (t.IsCharAt(i, '(') || t.IsCharAt(i, '[')) depth++;
            else if (t.IsCharAt(i, ')') || t.IsCharAt(i, ']')) depth--;
            else if (depth == 0 && t.IsCharAt(i, ','))
            {
                if (i > start) yield return (start, i);
                start = i + 1;
            }
        }
        if (to > start) yield return (start, to);
    }
}
