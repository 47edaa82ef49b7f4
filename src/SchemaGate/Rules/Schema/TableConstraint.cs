using SchemaGate.Sql;

namespace SchemaGate.Rules.Schema;

/// <summary>The kind of a table constraint.</summary>
public enum ConstraintKind
{
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
    Exclude,
}

/// <summary>
/// A table constraint as <c>CREATE TABLE (...)</c> or <c>ALTER TABLE ... ADD</c> writes it: <c>[CONSTRAINT name] kind
/// ...</c>. <see cref="Columns"/> are the key columns (PRIMARY KEY, UNIQUE, FOREIGN KEY); <see cref="UsingIndex"/> is set
/// for <c>... USING INDEX name</c>; <see cref="Expression"/> is a CHECK's parenthesised tokens.
/// </summary>
public sealed record TableConstraint(ConstraintKind Kind, int KindToken, string? Name)
{
    public IReadOnlyList<string> Columns { get; init; } = [];
    public string? UsingIndex { get; init; }
    public (int Start, int End)? Expression { get; init; }
    public QualifiedName? Referenced { get; init; }
    public bool NotValid { get; init; }

    /// <summary>Reads a constraint in [<paramref name="start"/>, <paramref name="end"/>) (after ADD, or a CREATE TABLE element).</summary>
    public static TableConstraint? TryRead(IReadOnlyList<SqlToken> t, int start, int end)
    {
        var i = start;
        string? name = null;
        if (t.IsWordAt(i, "constraint"))
        {
            i++;
            if (!t.TryReadIdentifier(ref i, out var n)) return null;
            name = n;
        }
        if (i >= end) return null;
        ConstraintKind kind;
        var kindToken = i;
        if (t.IsWordAt(i, "primary") && t.IsWordAt(i + 1, "key")) { kind = ConstraintKind.PrimaryKey; i += 2; }
        else if (t.IsWordAt(i, "unique")) { kind = ConstraintKind.Unique; i++; }
        else if (t.IsWordAt(i, "check")) { kind = ConstraintKind.Check; i++; }
        else if (t.IsWordAt(i, "foreign") && t.IsWordAt(i + 1, "key")) { kind = ConstraintKind.ForeignKey; i += 2; }
        else if (t.IsWordAt(i, "exclude")) { kind = ConstraintKind.Exclude; i++; }
        else return null;

        var notValid = t.ContainsWords(i, end, "not", "valid");
        if (kind == ConstraintKind.Unique && t.IsWordAt(i, "nulls"))
        {
            i++;
            t.Skip(ref i, "not");
            t.Skip(ref i, "distinct");
        }
        if (kind is ConstraintKind.PrimaryKey or ConstraintKind.Unique && t.IsWordAt(i, "using") && t.IsWordAt(i + 1, "index") && !t.IsWordAt(i + 2, "tablespace"))
        {
            var j = i + 2;
            return t.TryReadIdentifier(ref j, out var index)
                ? new TableConstraint(kind, kindToken, name) { UsingIndex = index, NotValid = notValid }
                : null;
        }
        if (kind == ConstraintKind.Check)
        {
            if (!t.IsCharAt(i, '(')) return null;
            var close = i;
            t.SkipGroup(ref close);
            return new TableConstraint(kind, kindToken, name) { Expression = (i + 1, close - 1), NotValid = notValid };
        }
        var columns = t.IsCharAt(i, '(') ? ColumnList(t, ref i) : [];
        QualifiedName? referenced = null;
        if (kind == ConstraintKind.ForeignKey && t.Skip(ref i, "references") && t.TryReadName(ref i, out var target)) referenced = target;
        return new TableConstraint(kind, kindToken, name) { Columns = columns, Referenced = referenced, NotValid = notValid };
    }

    /// <summary>A parenthesised list of plain column names; an expression item comes out as an empty name.</summary>
    public static List<string> ColumnList(IReadOnlyList<SqlToken> t, ref int i)
    {
        var close = i;
        t.SkipGroup(ref close);
        var columns = new List<string>();
        var itemStart = i + 1;
        var depth = 0;
        for (var j = i + 1; j < close; j++)
        {
            if (t.IsCharAt(j, '(')) depth++;
            else if (depth > 0 && t.IsCharAt(j, ')')) depth--;
            else if (depth == 0 && (t.IsCharAt(j, ',') || j == close - 1))
            {
                var plain = j > itemStart && t[itemStart].IsIdentifier() && (j == itemStart + 1 || !t.IsCharAt(itemStart + 1, '('));
                columns.Add(plain ? t[itemStart].Name() : "");
                itemStart = j + 1;
            }
        }
        i = close;
        return columns;
    }
}
