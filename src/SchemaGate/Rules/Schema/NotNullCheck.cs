using SchemaGate.Sql;

namespace SchemaGate.Rules.Schema;

/// <summary>
/// The columns a CHECK expression proves NOT NULL: each top-level <c>AND</c> term of the form <c>col IS NOT NULL</c>
/// (parentheses allowed). PostgreSQL 12 and later use such a valid constraint to skip SET NOT NULL's scan.
/// </summary>
public static class NotNullCheck
{
    public static IReadOnlyList<string> Columns(IReadOnlyList<SqlToken> t, int start, int end)
    {
        var columns = new List<string>();
        var depth = 0;
        var termStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && t.IsCharAt(i, '(')) depth++;
            else if (i < end && t.IsCharAt(i, ')')) depth--;
            else if (i == end || (depth == 0 && t[i].IsWord("and")))
            {
                if (Term(t, termStart, i) is { } column) columns.Add(column);
                termStart = i + 1;
            }
        }
        return columns;
    }

    private static string? Term(IReadOnlyList<SqlToken> t, int start, int end)
    {
        while (end - start >= 2 && t.IsCharAt(start, '(') && t.IsCharAt(end - 1, ')'))
        {
            var close = start;
            t.SkipGroup(ref close);
            if (close != end) break;
            start++;
            end--;
        }
        return end - start == 4 && t[start].IsIdentifier() && t[start + 1].IsWord("is") && t[start + 2].IsWord("not") && t[start + 3].IsWord("null")
            ? t[start].Name()
            : null;
    }
}
