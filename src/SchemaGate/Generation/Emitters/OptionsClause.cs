using SchemaGate.Sql;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Options as the snapshot writes them (<c>host 'db', port '5432'</c>, the OPTIONS clause's own syntax) and the
/// <c>OPTIONS (SET ..., ADD ..., DROP ...)</c> clause that turns one list into another.
/// </summary>
public static class OptionsClause
{
    public static IReadOnlyDictionary<string, string> Parse(string? text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return result;
        string? name = null;
        foreach (var t in SqlLexer.Tokenize(text).Where(t => !t.IsTrivia))
        {
            if (t.Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier && name is null) name = t.Value;
            else if (t.Kind == SqlTokenKind.String && name is not null)
            {
                result[name] = t.Value;
                name = null;
            }
        }
        return result;
    }

    /// <summary><c>OPTIONS (...)</c> for a new object, or empty.</summary>
    public static string Create(string? text) => string.IsNullOrEmpty(text) ? "" : $"OPTIONS ({text})";

    /// <summary>The ALTER form, or null when nothing changes.</summary>
    public static string? Alter(string? from, string? to)
    {
        var a = Parse(from);
        var b = Parse(to);
        var items = new List<string>();
        foreach (var (k, _) in a.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (!b.ContainsKey(k)) items.Add("DROP " + SqlNames.Ident(k));
        foreach (var (k, v) in b.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!a.TryGetValue(k, out var old)) items.Add("ADD " + SqlNames.Ident(k) + " " + SqlNames.Literal(v));
            else if (old != v) items.Add("SET " + SqlNames.Ident(k) + " " + SqlNames.Literal(v));
        }
        return items.Count == 0 ? null : $"OPTIONS ({string.Join(", ", items)})";
    }
}
