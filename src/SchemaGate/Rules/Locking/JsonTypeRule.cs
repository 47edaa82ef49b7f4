using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG313: a column declared <c>json</c> (or <c>json[]</c>) in CREATE TABLE, ADD COLUMN or ALTER COLUMN ... TYPE.
/// A column named json, a cast to ::json and a json(...) call are not declarations and are not reported.
/// </summary>
public sealed class JsonTypeRule : StatementRule
{
    public static Rule Definition { get; } = new("SG313", RuleFamily.Locking, "json column instead of jsonb", Severity.Warning,
        "A column is declared json: it stores text that is reparsed on every access, cannot be indexed with GIN, and changing it to jsonb later rewrites the table.",
        "Declare the column jsonb.");

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["create", "alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        if (t.Count < 4 || !(t[0].IsWord("create") || t[0].IsWord("alter")) || !t.ContainsWord(1, Math.Min(t.Count, 4), "table")) return;
        QualifiedName? table = null;
        for (var i = 2; i < t.Count; i++)
        {
            if (!t[i].IsWord("json") || t.IsCharAt(i + 1, '(')) continue;
            var typeStart = i;
            if (t.IsCharAt(i - 1, '.'))
            {
                // pg_catalog.json is the same type; any other qualified json is a column reference.
                if (!t.IsWordAt(i - 2, "pg_catalog") || i < 4) continue;
                typeStart = i - 2;
            }
            var previous = t[typeStart - 1];
            var columnName = previous.IsWord("type") ? ColumnBeforeType(t, typeStart - 1) : previous.IsIdentifier() && !previous.IsWord("as") ? previous.Name() : null;
            if (columnName is null) continue;
            table ??= TableOf(t);
            var obj = table is { } name ? name.Member(columnName) : QualifiedName.Display(columnName);
            found.Add(ctx.Report(Rule,
                $"Column {obj} is declared json: stored as text, reparsed on every access, not indexable with GIN, and moving to jsonb later rewrites the table.",
                statement, obj, t[i]));
        }
    }

    private static string? ColumnBeforeType(IReadOnlyList<SqlToken> t, int type)
    {
        var i = type - 1;
        if (t.IsWordAt(i, "data") && t.IsWordAt(i - 1, "set")) i -= 2;
        return i >= 0 && t[i].IsIdentifier() ? t[i].Name() : null;
    }

    private static QualifiedName? TableOf(IReadOnlyList<SqlToken> t)
    {
        var i = t.IndexOfTopLevelWord("table", 1, Math.Min(t.Count, 4)) + 1;
        if (t.Skip(ref i, "if", "not")) t.Skip(ref i, "exists");
        t.Skip(ref i, "if", "exists");
        t.Skip(ref i, "only");
        return t.TryReadName(ref i, out var name) ? name : null;
    }
}
