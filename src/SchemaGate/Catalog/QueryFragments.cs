using System.Text;

namespace SchemaGate.Catalog;

/// <summary>
/// SQL text shared by several catalog queries (Catalog/Queries/Fragments/&lt;name&gt;.sql). A fragment's first line
/// declares its parameters (<c>-- parameters: acl, owner</c>); its body uses them as <c>{acl}</c>. A query splices it
/// in with <c>{{name: expression ; expression}}</c> (also inside another fragment): arguments are separated by
/// semicolons, and each <c>{parameter}</c> of the body becomes its argument. The fragment's comment
/// lines are left out, so a query reads the same whether its text was written out or spliced.
/// </summary>
internal sealed class QueryFragments(IReadOnlyDictionary<string, string> fragments)
{
    public const string Folder = "Fragments.";
    private const string ParametersLine = "-- parameters:";

    public string Expand(string queryName, string sql)
    {
        var sb = new StringBuilder(sql.Length);
        var at = 0;
        while (true)
        {
            var open = sql.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0) break;
            var close = sql.IndexOf("}}", open, StringComparison.Ordinal);
            if (close < 0) throw new InvalidOperationException($"{queryName}: '{{{{' without '}}}}'.");
            sb.Append(sql, at, open - at);
            sb.Append(Splice(queryName, sql[(open + 2)..close].Trim()));
            at = close + 2;
        }
        sb.Append(sql, at, sql.Length - at);
        return sb.ToString();
    }

    private string Splice(string queryName, string call)
    {
        var colon = call.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            throw new InvalidOperationException($"{queryName}: '{{{{{call}}}}}' is not a fragment call 'name: argument ; argument'.");
        var name = call[..colon].Trim();
        if (!fragments.TryGetValue(name, out var text))
            throw new InvalidOperationException($"{queryName}: there is no query fragment '{name}'.");
        var arguments = call[(colon + 1)..].Split(';', StringSplitOptions.TrimEntries);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (!lines[0].StartsWith(ParametersLine, StringComparison.Ordinal))
            throw new InvalidOperationException($"Query fragment '{name}' does not start with '{ParametersLine}'.");
        var parameters = lines[0][ParametersLine.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parameters.Length != arguments.Length || arguments.Any(a => a.Length == 0))
            throw new InvalidOperationException($"{queryName}: fragment '{name}' takes {parameters.Length} argument(s), given {arguments.Count(a => a.Length > 0)}.");
        var body = string.Join('\n', lines.Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim();
        for (var i = 0; i < parameters.Length; i++)
            body = body.Replace("{" + parameters[i] + "}", arguments[i], StringComparison.Ordinal);
        // A fragment may splice others in.
        return Expand(queryName, body);
    }
}
