using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>
/// Finds the DELETE or UPDATE commands of a statement: the main command (also after a WITH list) and the
/// data-modifying CTE bodies of a WITH list (<c>WITH x AS (DELETE FROM t RETURNING *) ...</c>), each with the token
/// range in which its own top-level WHERE would stand.
/// </summary>
internal static class Dml
{
    /// <summary>The commands whose keyword is <paramref name="verb"/>: (index of the keyword, end of the command's tokens).</summary>
    public static List<(int Verb, int End)>? Commands(SqlStatement statement, string verb)
    {
        var t = statement.Tokens;
        if (t[0].IsWord(verb)) return [(0, t.Count)];
        if (!t[0].IsWord("with")) return null;
        List<(int, int)>? found = null;
        var depth = 0;
        for (var i = 1; i < t.Count; i++)
        {
            var token = t[i];
            if (token.Kind == SqlTokenKind.Punctuation && token.Length == 1)
            {
                if (token.Text[0] == '(') depth++;
                else if (token.Text[0] == ')') depth--;
                continue;
            }
            if (depth != 0 || token.Kind != SqlTokenKind.Word) continue;
            if (token.IsWord("as"))
            {
                var body = i + 1;
                t.Skip(ref body, "not");
                t.Skip(ref body, "materialized");
                if (!t.IsCharAt(body, '(')) continue;
                var close = body;
                t.SkipGroup(ref close);
                if (t.IsWordAt(body + 1, verb)) (found ??= []).Add((body + 1, close - 1));
                i = close - 1;
                continue;
            }
            if (token.IsWord(verb)) (found ??= []).Add((i, t.Count));
            if (token.IsWord("select") || token.IsWord("insert") || token.IsWord("update") || token.IsWord("delete") || token.IsWord("merge")
                || token.IsWord("values") || token.IsWord("table")) break;
        }
        return found;
    }

    /// <summary>Reads the target table after <c>DELETE FROM [ONLY]</c> or <c>UPDATE [ONLY]</c>.</summary>
    public static bool TryReadTarget(IReadOnlyList<SqlToken> t, int verb, out QualifiedName table, out int after)
    {
        var i = verb + 1;
        t.Skip(ref i, "from");
        t.Skip(ref i, "only");
        var ok = t.TryReadName(ref i, out table);
        after = i;
        return ok;
    }
}
