using System.Text;

namespace SchemaGate.Hosting;

/// <summary>The spellings of a parameter name: <c>ProdUrl</c>, <c>--prod-url</c>, <c>PROD_URL</c>, and the form used to compare them.</summary>
internal static class ParameterNames
{
    /// <summary>Lower case without dashes or underscores, so <c>--prod-url</c>, <c>--ProdUrl</c> and <c>PROD_URL</c> compare equal.</summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
            if (c != '-' && c != '_') sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    public static string Kebab(string pascal) => string.Join('-', Words(pascal)).ToLowerInvariant();

    public static string ScreamingSnake(string pascal) => string.Join('_', Words(pascal)).ToUpperInvariant();

    public static IReadOnlyList<string> Words(string pascal)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (c is '-' or '_' or ' ')
            {
                Flush();
                continue;
            }
            if (char.IsUpper(c) && current.Length > 0)
            {
                var prev = pascal[i - 1];
                var nextIsLower = i + 1 < pascal.Length && char.IsLower(pascal[i + 1]);
                if (char.IsLower(prev) || char.IsDigit(prev) || (char.IsUpper(prev) && nextIsLower))
                    Flush();
            }
            current.Append(c);
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0) return;
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
