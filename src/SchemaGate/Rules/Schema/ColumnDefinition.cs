using SchemaGate.Sql;

namespace SchemaGate.Rules.Schema;

/// <summary>
/// One column as <c>CREATE TABLE (...)</c> or <c>ALTER TABLE ... ADD [COLUMN]</c> defines it: its name (as PostgreSQL
/// stores it), its type, and the column constraints that matter to the rules, each with the index of the token where it
/// starts in the statement (for positions). Token ranges are [start, end) of the statement's tokens.
/// </summary>
public sealed record ColumnDefinition(string Name, int NameToken, ColumnType? Type, int TypeToken)
{
    public bool NotNull { get; init; }
    public bool PrimaryKey { get; init; }
    public bool Unique { get; init; }
    /// <summary>The DEFAULT expression's tokens, or null.</summary>
    public (int Start, int End)? Default { get; init; }
    /// <summary>Where each CHECK keyword stands, with its parenthesised expression's tokens.</summary>
    public IReadOnlyList<(int At, int Start, int End)> Checks { get; init; } = [];
    /// <summary>Where REFERENCES stands, and the referenced table.</summary>
    public (int At, QualifiedName Table)? References { get; init; }
    /// <summary>GENERATED ... AS IDENTITY.</summary>
    public bool Identity { get; init; }
    /// <summary>GENERATED ALWAYS AS (...) STORED.</summary>
    public bool GeneratedStored { get; init; }

    /// <summary>True when the column gets a value in every existing row when added: a default, an identity, a generated or a serial column.</summary>
    public bool FillsRows => Default is not null || Identity || GeneratedStored || Type?.Serial is not null;

    /// <summary>Reads <c>name type [constraints]</c> in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static ColumnDefinition? TryRead(IReadOnlyList<SqlToken> t, int start, int end)
    {
        var i = start;
        if (i >= end || !t[i].IsIdentifier()) return null;
        var name = t[i].Name();
        i++;
        var typeToken = i;
        var type = ColumnType.TryRead(t, ref i, end);
        bool notNull = false, primary = false, unique = false, identity = false, stored = false;
        (int, int)? defaultRange = null;
        (int, QualifiedName)? references = null;
        var checks = new List<(int, int, int)>();
        while (i < end)
        {
            if (t.IsCharAt(i, '('))
            {
                t.SkipGroup(ref i);
                continue;
            }
            var token = t[i];
            if (token.IsWord("not") && t.IsWordAt(i + 1, "null")) { notNull = true; i += 2; }
            else if (token.IsWord("primary") && t.IsWordAt(i + 1, "key")) { primary = true; notNull = true; i += 2; }
            else if (token.IsWord("unique")) { unique = true; i++; }
            else if (token.IsWord("default"))
            {
                var from = i + 1;
                i = ExpressionEnd(t, from, end);
                defaultRange = (from, i);
            }
            else if (token.IsWord("check") && t.IsCharAt(i + 1, '('))
            {
                var open = i + 1;
                var close = open;
                t.SkipGroup(ref close);
                checks.Add((i, open + 1, close - 1));
                i = close;
            }
            else if (token.IsWord("references"))
            {
                var at = i;
                i++;
                if (t.TryReadName(ref i, out var target)) references = (at, target);
            }
            else if (token.IsWord("generated"))
            {
                // GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY [(options)] | GENERATED ALWAYS AS (expression) STORED
                i++;
                if (!t.Skip(ref i, "always")) t.Skip(ref i, "by", "default");
                if (!t.Skip(ref i, "as")) continue;
                if (t.Skip(ref i, "identity"))
                {
                    identity = true;
                    t.SkipGroup(ref i);
                }
                else if (t.IsCharAt(i, '('))
                {
                    t.SkipGroup(ref i);
                    if (t.Skip(ref i, "stored")) stored = true;
                }
            }
            else i++;
        }
        return new ColumnDefinition(name, start, type, typeToken)
        {
            NotNull = notNull,
            PrimaryKey = primary,
            Unique = unique,
            Default = defaultRange,
            Checks = checks,
            References = references,
            Identity = identity,
            GeneratedStored = stored,
        };
    }

    private static readonly string[] ConstraintWords =
        ["not", "null", "primary", "unique", "check", "references", "generated", "constraint", "collate", "deferrable", "initially", "default"];

    /// <summary>The end of an expression: the next column-constraint keyword outside parentheses, or <paramref name="end"/>.</summary>
    private static int ExpressionEnd(IReadOnlyList<SqlToken> t, int from, int end)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            if (t.IsCharAt(i, '(') || t.IsCharAt(i, '[')) depth++;
            else if (t.IsCharAt(i, ')') || t.IsCharAt(i, ']')) depth--;
            else if (depth == 0 && t[i].Kind == SqlTokenKind.Word && i > from && ConstraintWords.Contains(t[i].Value))
            {
                // "IS NOT NULL" inside a default expression is not a constraint.
                if (t[i].IsWord("not") && t.IsWordAt(i - 1, "is")) continue;
                if (t[i].IsWord("null") && (t.IsWordAt(i - 1, "not") || t.IsWordAt(i - 1, "is"))) continue;
                return i;
            }
        }
        return end;
    }
}
