using SchemaGate.Sql;

namespace SchemaGate.Generation.Emitters;

/// <summary>Reads the list-valued attributes of types back: enum labels, composite attributes, domain checks.</summary>
public static class TypeText
{
    /// <summary>Enum labels from <c>'sad', 'happy'</c>.</summary>
    public static IReadOnlyList<string> Labels(string? text) => string.IsNullOrEmpty(text)
        ? []
        : SqlLexer.Tokenize(text).Where(t => t.Kind == SqlTokenKind.String).Select(t => t.Value).ToList();

    /// <summary>Splits at commas outside parentheses, brackets and quotes.</summary>
    public static IReadOnlyList<string> SplitTopLevel(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(text)) return result;
        var depth = 0;
        var start = 0;
        var tokens = SqlLexer.Tokenize(text);
        foreach (var t in tokens)
        {
            if (t.Text is "(" or "[") depth++;
            else if (t.Text is ")" or "]") depth--;
            else if (t.Text == "," && depth == 0)
            {
                result.Add(text[start..t.Offset].Trim());
                start = t.End;
            }
        }
        result.Add(text[start..].Trim());
        return result.Where(s => s.Length > 0).ToList();
    }

    /// <summary>Composite attributes from <c>x integer, "Y" numeric(10,2)</c>: name (unquoted) and type text.</summary>
    public static IReadOnlyList<(string Name, string Type)> Attributes(string? text) =>
        SplitTopLevel(text).Select(a =>
        {
            var first = SqlLexer.Tokenize(a).First(t => !t.IsTrivia);
            return (first.Value, a[first.End..].Trim());
        }).ToList();

    /// <summary>Domain constraints from <c>name: CHECK (...); other: CHECK (...)</c>: name and definition.</summary>
    public static IReadOnlyList<(string Name, string Definition)> Checks(string? text)
    {
        var result = new List<(string, string)>();
        if (string.IsNullOrEmpty(text)) return result;
        var pieces = text.Split("; ");
        var current = "";
        foreach (var piece in pieces)
        {
            var colon = piece.IndexOf(": ", StringComparison.Ordinal);
            var startsConstraint = colon > 0 &&
                                   (piece[(colon + 2)..].StartsWith("CHECK", StringComparison.Ordinal) ||
                                    piece[(colon + 2)..].StartsWith("NOT NULL", StringComparison.Ordinal));
            // "; name: CHECK" inside a string literal or parentheses is part of the expression, not a new constraint.
            if (startsConstraint && current.Length > 0 && Balanced(current))
            {
                result.Add(Split(current));
                current = piece;
            }
            else current = current.Length == 0 ? piece : current + "; " + piece;
        }
        if (current.Length > 0) result.Add(Split(current));
        return result;

        static bool Balanced(string text)
        {
            var depth = 0;
            var quoted = false;
            foreach (var c in text)
            {
                if (c == '\'') quoted = !quoted;
                else if (!quoted && c == '(') depth++;
                else if (!quoted && c == ')') depth--;
            }
            return depth == 0 && !quoted;
        }

        static (string, string) Split(string item)
        {
            var colon = item.IndexOf(": ", StringComparison.Ordinal);
            return (item[..colon], item[(colon + 2)..]);
        }
    }
}
