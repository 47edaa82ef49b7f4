using SchemaGate.Sql;

namespace SchemaGate.Rules;

/// <summary>Small, allocation-light helpers over a statement's tokens (trivia already removed).</summary>
internal static class TokenReader
{
    public static bool IsIdentifier(this SqlToken token) => token.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier;

    /// <summary>
    /// The identifier as PostgreSQL stores it: <see cref="SqlToken.Value"/> cut to 63 bytes (<see cref="Identifier.Truncate"/>),
    /// so a long name a script spells in full meets the catalog's (and the traced run's) spelling.
    /// </summary>
    public static string Name(this SqlToken token) => Identifier.Truncate(token.Value);

    public static bool IsWordAt(this IReadOnlyList<SqlToken> tokens, int i, string lowerWord) =>
        i >= 0 && i < tokens.Count && tokens[i].IsWord(lowerWord);

    public static bool IsCharAt(this IReadOnlyList<SqlToken> tokens, int i, char c) =>
        i >= 0 && i < tokens.Count && tokens[i].Length == 1 && tokens[i].Kind is SqlTokenKind.Punctuation or SqlTokenKind.Operator
        && tokens[i].Text[0] == c;

    /// <summary>Advances past <paramref name="first"/> (and <paramref name="second"/>) when they are next.</summary>
    public static bool Skip(this IReadOnlyList<SqlToken> tokens, ref int i, string first, string? second = null)
    {
        if (!tokens.IsWordAt(i, first)) return false;
        if (second is not null && !tokens.IsWordAt(i + 1, second)) return false;
        i += second is null ? 1 : 2;
        return true;
    }

    /// <summary>Reads <c>name</c>, <c>schema.name</c> or <c>db.schema.name</c>; leaves <paramref name="i"/> after it.</summary>
    public static bool TryReadName(this IReadOnlyList<SqlToken> tokens, ref int i, out QualifiedName name)
    {
        name = default;
        if (i >= tokens.Count || !tokens[i].IsIdentifier()) return false;
        string? schema = null;
        var last = tokens[i].Name();
        i++;
        while (tokens.IsCharAt(i, '.') && i + 1 < tokens.Count && tokens[i + 1].IsIdentifier())
        {
            schema = last;
            last = tokens[i + 1].Name();
            i += 2;
        }
        name = new QualifiedName(schema ?? QualifiedName.DefaultSchema, last);
        return true;
    }

    /// <summary>Reads one identifier (a column or constraint name).</summary>
    public static bool TryReadIdentifier(this IReadOnlyList<SqlToken> tokens, ref int i, out string identifier)
    {
        identifier = "";
        if (i >= tokens.Count || !tokens[i].IsIdentifier()) return false;
        identifier = tokens[i].Name();
        i++;
        return true;
    }

    /// <summary>When a parenthesised group opens at <paramref name="i"/>, moves past its closing parenthesis.</summary>
    public static void SkipGroup(this IReadOnlyList<SqlToken> tokens, ref int i)
    {
        if (!tokens.IsCharAt(i, '(')) return;
        var depth = 0;
        for (; i < tokens.Count; i++)
        {
            if (tokens.IsCharAt(i, '(')) depth++;
            else if (tokens.IsCharAt(i, ')') && --depth == 0)
            {
                i++;
                return;
            }
        }
    }

    /// <summary>The index of the first word <paramref name="lowerWord"/> outside parentheses in [start, end), or -1.</summary>
    public static int IndexOfTopLevelWord(this IReadOnlyList<SqlToken> tokens, string lowerWord, int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (t.Kind == SqlTokenKind.Punctuation && t.Length == 1)
            {
                if (t.Text[0] == '(') depth++;
                else if (t.Text[0] == ')') depth--;
            }
            else if (depth == 0 && t.IsWord(lowerWord)) return i;
        }
        return -1;
    }

    /// <summary>The index of the first word <paramref name="lowerWord"/> in [start, end), at any depth, or -1.</summary>
    public static int IndexOfWord(this IReadOnlyList<SqlToken> tokens, string lowerWord, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (tokens[i].IsWord(lowerWord)) return i;
        return -1;
    }

    /// <summary>True when the words appear one after the other anywhere in [start, end).</summary>
    public static bool ContainsWords(this IReadOnlyList<SqlToken> tokens, int start, int end, string first, string second)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (tokens[i].IsWord(first) && tokens[i + 1].IsWord(second)) return true;
        }
        return false;
    }

    public static bool ContainsWord(this IReadOnlyList<SqlToken> tokens, int start, int end, string word)
    {
        for (var i = start; i < end; i++)
        {
            if (tokens[i].IsWord(word)) return true;
        }
        return false;
    }
}
