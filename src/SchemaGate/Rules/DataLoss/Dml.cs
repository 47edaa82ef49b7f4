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
        List<(int, int)>? found = null;
        foreach (var (start, stop) in Inner(t))
        {
            if (start >= stop) continue;
            if (t[start].IsWord(verb)) (found ??= []).Add((start, stop));
            else if (t[start].IsWord("with")) WithCommands(t, start, stop, verb, ref found);
        }
        return found;
    }

    /// <summary>The <paramref name="verb"/> commands of a command that starts with a WITH list: its CTE bodies and its main command.</summary>
    private static void WithCommands(IReadOnlyList<SqlToken> t, int start, int stop, string verb, ref List<(int, int)>? found)
    {
        var depth = 0;
        for (var i = start + 1; i < stop; i++)
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
            if (token.IsWord(verb)) (found ??= []).Add((i, stop));
            if (token.IsWord("select") || token.IsWord("insert") || token.IsWord("update") || token.IsWord("delete") || token.IsWord("merge")
                || token.IsWord("values") || token.IsWord("table")) break;
        }
    }

    /// <summary>
    /// Where the command that runs starts and ends: the statement itself, or the command inside a wrapper that runs it
    /// too: <c>PREPARE name [(types)] AS cmd</c> (a prepared statement in a migration is there to be executed),
    /// <c>EXPLAIN ANALYZE cmd</c> / <c>EXPLAIN (ANALYZE ...) cmd</c> (ANALYZE executes it), and the action of
    /// <c>CREATE [OR REPLACE] RULE ... DO [ALSO | INSTEAD] cmd</c> or <c>... DO [ALSO | INSTEAD] (cmd; cmd ...)</c>,
    /// each command of the list (they run on every event the rule matches, the script's own and the application's).
    /// None for a plain EXPLAIN, which runs nothing.
    /// </summary>
    public static IReadOnlyList<(int Start, int Stop)> Inner(IReadOnlyList<SqlToken> t) => Wrapped(t) switch
    {
        null => [],
        (var start, var stop, true) => SplitAtSemicolons(t, start, stop),
        (var start, var stop, false) => [(start, stop)],
    };

    /// <summary>The commands between the top-level semicolons of <c>t[start..stop)</c>.</summary>
    private static List<(int, int)> SplitAtSemicolons(IReadOnlyList<SqlToken> t, int start, int stop)
    {
        var runs = new List<(int, int)>();
        var from = start;
        for (var i = start; i < stop;)
        {
            if (t.IsCharAt(i, '('))
            {
                t.SkipGroup(ref i);
                continue;
            }
            if (t[i].Kind == SqlTokenKind.Semicolon)
            {
                if (i > from) runs.Add((from, i));
                from = i + 1;
            }
            i++;
        }
        if (stop > from) runs.Add((from, stop));
        return runs;
    }

    /// <summary>The range of the command that runs; <c>List</c> when it is a rule's parenthesised list of commands.</summary>
    private static (int Start, int Stop, bool List)? Wrapped(IReadOnlyList<SqlToken> t)
    {
        var i = 0;
        if (t.Skip(ref i, "prepare"))
        {
            i++; // the statement's name
            t.SkipGroup(ref i);
            return t.Skip(ref i, "as") && i < t.Count ? (i, t.Count, false) : null;
        }
        if (t.Skip(ref i, "explain"))
        {
            if (t.IsCharAt(i, '('))
            {
                var open = i;
                t.SkipGroup(ref i);
                var analyze = t.IndexOfWord("analyze", open, i) is var a and >= 0 ? a : t.IndexOfWord("analyse", open, i);
                if (analyze < 0 || t.IsWordAt(analyze + 1, "false") || t.IsWordAt(analyze + 1, "off")
                    || (analyze + 1 < t.Count && t[analyze + 1].Text == "0")) return null;
            }
            else if (!t.Skip(ref i, "analyze") && !t.Skip(ref i, "analyse")) return null;
            else t.Skip(ref i, "verbose");
            return i < t.Count ? (i, t.Count, false) : null;
        }
        if (t.Skip(ref i, "create"))
        {
            t.Skip(ref i, "or", "replace");
            if (!t.Skip(ref i, "rule")) return (0, t.Count, false);
            var doAt = t.IndexOfTopLevelWord("do", i, t.Count);
            if (doAt < 0) return null;
            i = doAt + 1;
            if (!t.Skip(ref i, "also")) t.Skip(ref i, "instead");
            if (!t.IsCharAt(i, '(')) return i < t.Count ? (i, t.Count, false) : null;
            var close = i;
            t.SkipGroup(ref close);
            return (i + 1, close - 1, true);
        }
        return (0, t.Count, false);
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
