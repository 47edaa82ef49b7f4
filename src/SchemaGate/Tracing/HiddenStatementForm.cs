using SchemaGate.Sql;

namespace SchemaGate.Tracing;

/// <summary>
/// Says how a statement that ran inside a traced statement was reached, by finding its text (as pg_stat_statements
/// recorded it, constants as <c>$1</c>) where it could be written: the traced statement itself (a DO block's body),
/// then the user functions and procedures of the database (trigger functions included). Written as plain SQL there, it
/// ran in that block or routine; written inside a string literal there, it ran through EXECUTE; found nowhere, it was
/// built at run time (dynamic SQL through EXECUTE).
/// </summary>
internal static class HiddenStatementForm
{
    /// <summary>A routine's name (regprocedure spelling), kind and source, as read from pg_proc.</summary>
    public sealed record Routine(string Signature, char Kind, bool IsTrigger, string Source);

    private enum Place { Nowhere, Code, StringLiteral }

    public static string Describe(string nested, SqlStatement caller, IReadOnlyList<Routine> routines)
    {
        var wanted = Tokens(nested);
        var inDo = caller.Tokens.Count > 0 && caller.Tokens[0].IsWord("do");
        var block = inDo ? "the DO block" : "the statement";
        var own = inDo
            ? Find(caller.Tokens.Where(t => t.Kind is SqlTokenKind.DollarString or SqlTokenKind.String).SelectMany(t => Tokens(t.Value)).ToList(), wanted)
            : Find(caller.Tokens, wanted);
        if (wanted.Count == 0 || own == Place.Code) return $"in {block}";
        if (own == Place.StringLiteral) return $"through EXECUTE in {block}";
        foreach (var routine in routines)
        {
            var place = Find(Tokens(routine.Source), wanted);
            if (place == Place.Nowhere) continue;
            var kind = routine.IsTrigger ? "trigger function" : routine.Kind == 'p' ? "procedure" : "function";
            return place == Place.Code ? $"in {kind} {routine.Signature}" : $"through EXECUTE in {kind} {routine.Signature}";
        }
        return $"through EXECUTE (dynamic SQL built at run time) in {block}";
    }

    private static IReadOnlyList<SqlToken> Tokens(string text) =>
        SqlScript.Parse(text).Statements.SelectMany(s => s.Tokens).Where(t => t.Kind != SqlTokenKind.Semicolon).ToList();

    /// <summary>Where <paramref name="wanted"/> appears: among the tokens themselves, or inside one of their string literals.</summary>
    private static Place Find(IReadOnlyList<SqlToken> source, IReadOnlyList<SqlToken> wanted)
    {
        if (wanted.Count == 0) return Place.Nowhere;
        if (Contains(source, wanted)) return Place.Code;
        foreach (var literal in source.Where(t => t.Kind is SqlTokenKind.String or SqlTokenKind.DollarString))
        {
            if (Find(Tokens(literal.Value), wanted) != Place.Nowhere) return Place.StringLiteral;
        }
        return Place.Nowhere;
    }

    /// <summary>True when <paramref name="wanted"/> appears in <paramref name="source"/>, a <c>$n</c> standing for one literal or name (or a signed number).</summary>
    private static bool Contains(IReadOnlyList<SqlToken> source, IReadOnlyList<SqlToken> wanted)
    {
        for (var start = 0; start + wanted.Count <= source.Count; start++)
        {
            if (Matches(source, start, wanted)) return true;
        }
        return false;
    }

    private static bool Matches(IReadOnlyList<SqlToken> source, int start, IReadOnlyList<SqlToken> wanted)
    {
        var i = start;
        foreach (var w in wanted)
        {
            if (i >= source.Count) return false;
            if (w.Kind == SqlTokenKind.Parameter && source[i].Kind != SqlTokenKind.Parameter)
            {
                if (source[i].Kind == SqlTokenKind.Operator && source[i].Text is "-" or "+" && i + 1 < source.Count) i++;
                i++;
                continue;
            }
            if (w.Kind != source[i].Kind || !string.Equals(w.Value, source[i].Value, StringComparison.Ordinal)) return false;
            i++;
        }
        return true;
    }
}
