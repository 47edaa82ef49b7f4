using SchemaGate.Sql;

namespace SchemaGate.Rules;

/// <summary>
/// <c>ALTER TABLE [IF EXISTS] [ONLY] name [*] action [, action ...]</c> split into its actions. Each action is a
/// token range [<see cref="AlterAction.Start"/>, <see cref="AlterAction.End"/>) of the statement's tokens, cut at
/// top-level commas. <c>RENAME</c> and <c>SET SCHEMA</c> forms come out as a single action.
/// </summary>
public sealed record AlterTable(SqlStatement Statement, QualifiedName Table, IReadOnlyList<AlterAction> Actions)
{
    public static AlterTable? TryParse(SqlStatement statement)
    {
        var t = statement.Tokens;
        if (t.Count < 4 || !t[0].IsWord("alter") || !t[1].IsWord("table")) return null;
        var i = 2;
        t.Skip(ref i, "if", "exists");
        t.Skip(ref i, "only");
        if (!t.TryReadName(ref i, out var table)) return null;
        if (t.IsCharAt(i, '*')) i++;

        var actions = new List<AlterAction>(1);
        var start = i;
        var depth = 0;
        for (; i < t.Count; i++)
        {
            var token = t[i];
            if (token.Kind != SqlTokenKind.Punctuation || token.Length != 1) continue;
            switch (token.Text[0])
            {
                case '(': depth++; break;
                case ')': depth--; break;
                case ',' when depth == 0:
                    if (i > start) actions.Add(new AlterAction(t, start, i));
                    start = i + 1;
                    break;
            }
        }
        if (t.Count > start) actions.Add(new AlterAction(t, start, t.Count));
        return new AlterTable(statement, table, actions);
    }
}

/// <summary>One action of an ALTER TABLE: tokens [Start, End) of the statement.</summary>
public readonly record struct AlterAction(IReadOnlyList<SqlToken> Tokens, int Start, int End)
{
    public SqlToken First => Tokens[Start];

    public bool Is(string first, string? second = null) =>
        Tokens[Start].IsWord(first) && (second is null || (Start + 1 < End && Tokens[Start + 1].IsWord(second)));

    public bool Contains(string word) => Tokens.ContainsWord(Start, End, word);

    public bool Contains(string first, string second) => Tokens.ContainsWords(Start, End, first, second);

    /// <summary>
    /// For <c>ADD [CONSTRAINT name] kind ...</c>: the index of the constraint kind word (check, foreign, primary,
    /// unique, exclude), or -1 when the action adds a column.
    /// </summary>
    public int TableConstraintKind()
    {
        if (!Is("add")) return -1;
        var i = Start + 1;
        if (Tokens.IsWordAt(i, "constraint")) i += 2;
        if (i >= End) return -1;
        var t = Tokens[i];
        return t.IsWord("check") || t.IsWord("foreign") || t.IsWord("primary") || t.IsWord("unique") || t.IsWord("exclude") ? i : -1;
    }

    /// <summary>For <c>ADD [COLUMN] [IF NOT EXISTS] name type ...</c>: the index of the column name, or -1.</summary>
    public int AddedColumn()
    {
        if (!Is("add") || TableConstraintKind() >= 0) return -1;
        var i = Start + 1;
        Tokens.Skip(ref i, "column");
        if (Tokens.Skip(ref i, "if", "not")) Tokens.Skip(ref i, "exists");
        return i < End && Tokens[i].IsIdentifier() ? i : -1;
    }

    /// <summary>For <c>ALTER [COLUMN] name ...</c>: the index of the column name, or -1 (also for ALTER CONSTRAINT).</summary>
    public int AlteredColumn()
    {
        if (!Is("alter") || Is("alter", "constraint")) return -1;
        var i = Start + 1;
        Tokens.Skip(ref i, "column");
        return i < End && Tokens[i].IsIdentifier() ? i : -1;
    }

    /// <summary>For <c>DROP [COLUMN] [IF EXISTS] name</c>: the index of the column name, or -1 (also for DROP CONSTRAINT).</summary>
    public int DroppedColumn()
    {
        if (!Is("drop") || Is("drop", "constraint")) return -1;
        var i = Start + 1;
        Tokens.Skip(ref i, "column");
        Tokens.Skip(ref i, "if", "exists");
        return i < End && Tokens[i].IsIdentifier() ? i : -1;
    }

    /// <summary>The name given by <c>ADD CONSTRAINT name</c>, or null.</summary>
    public string? ConstraintName() =>
        Is("add", "constraint") && Start + 2 < End && Tokens[Start + 2].IsIdentifier() ? Tokens[Start + 2].Name() : null;
}
