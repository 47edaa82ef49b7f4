using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>
/// Finds the main DELETE or UPDATE of a statement (also after a WITH list, where the CTE bodies sit in
/// parentheses) and whether it has a top-level WHERE.
/// </summary>
internal static class Dml
{
    /// <returns>The index of the keyword, or -1 when the statement's main command is not <paramref name="verb"/>.</returns>
    public static int MainCommand(SqlStatement statement, string verb)
    {
        var t = statement.Tokens;
        if (t[0].IsWord(verb)) return 0;
        if (!t[0].IsWord("with")) return -1;
        var depth = 0;
        for (var i = 1; i < t.Count; i++)
        {
            var token = t[i];
            if (token.Kind == SqlTokenKind.Punctuation && token.Length == 1)
            {
                if (token.Text[0] == '(') depth++;
                else if (token.Text[0] == ')') depth--;
            }
            else if (depth == 0 && token.Kind == SqlTokenKind.Word)
            {
                if (token.IsWord(verb)) return i;
                if (token.IsWord("select") || token.IsWord("insert") || token.IsWord("update") || token.IsWord("delete") || token.IsWord("merge")) return -1;
            }
        }
        return -1;
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
