using SchemaGate.Sql;

namespace SchemaGate.Rules;

/// <summary>
/// <c>DROP kind [CONCURRENTLY] [IF EXISTS] name [(args)] [, ...] [CASCADE | RESTRICT]</c>, for a one- or two-word
/// kind (<c>TABLE</c>, <c>MATERIALIZED VIEW</c>...).
/// </summary>
public sealed record DropStatement(SqlStatement Statement, bool Concurrently, bool IfExists, bool Cascade,
    IReadOnlyList<(QualifiedName Name, SqlToken At)> Objects)
{
    public static DropStatement? TryParse(SqlStatement statement, string kind, string? kindSecondWord = null)
    {
        var t = statement.Tokens;
        if (t.Count < 3 || !t[0].IsWord("drop") || !t[1].IsWord(kind)) return null;
        var i = 2;
        if (kindSecondWord is not null && !t.Skip(ref i, kindSecondWord)) return null;
        var concurrently = t.Skip(ref i, "concurrently");
        var ifExists = t.Skip(ref i, "if", "exists");
        var objects = new List<(QualifiedName, SqlToken)>(1);
        while (i < t.Count)
        {
            var at = t[i];
            if (!t.TryReadName(ref i, out var name)) break;
            objects.Add((name, at));
            t.SkipGroup(ref i);
            if (!t.IsCharAt(i, ',')) break;
            i++;
        }
        var cascade = t.IsWordAt(t.Count - 1, "cascade");
        return new DropStatement(statement, concurrently, ifExists, cascade, objects);
    }
}
