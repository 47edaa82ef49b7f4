using System.Text;

namespace SchemaGate.Catalog;

/// <summary>
/// Normalisation of deparsed text: CRLF and CR become LF, trailing whitespace goes from every line and from
/// the end. No regular expressions: this runs on every value of every object.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string value)
    {
        if (!NeedsWork(value)) return value;
        var sb = new StringBuilder(value.Length);
        var lineStart = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var end = i == value.Length;
            if (!end && value[i] != '\n' && value[i] != '\r') continue;
            var lineEnd = i;
            while (lineEnd > lineStart && char.IsWhiteSpace(value[lineEnd - 1])) lineEnd--;
            sb.Append(value, lineStart, lineEnd - lineStart);
            if (end) break;
            sb.Append('\n');
            if (value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n') i++;
            lineStart = i + 1;
        }
        var length = sb.Length;
        while (length > 0 && char.IsWhiteSpace(sb[length - 1])) length--;
        return sb.ToString(0, length);
    }

    /// <summary>A view definition without its trailing semicolon.</summary>
    public static string NormalizeViewDefinition(string value)
    {
        var text = Normalize(value);
        return text.EndsWith(';') ? text[..^1].TrimEnd() : text;
    }

    /// <summary>
    /// True when the two texts differ only in whitespace: runs of whitespace are ignored, except that a run between
    /// two word characters (letters, digits, underscore) still separates them.
    /// </summary>
    public static bool EqualIgnoringWhitespace(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal)) return true;
        return string.Equals(Canonical(a), Canonical(b), StringComparison.Ordinal);
    }

    internal static string Canonical(string value)
    {
        var sb = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace && IsWord(sb[^1]) && IsWord(c)) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool NeedsWork(string value)
    {
        if (value.Length == 0) return false;
        if (char.IsWhiteSpace(value[^1])) return true;
        // Most values are one line: a vectorised search for line breaks settles them.
        var span = value.AsSpan();
        var at = 0;
        while (true)
        {
            var i = span[at..].IndexOfAny('\r', '\n');
            if (i < 0) return false;
            i += at;
            if (span[i] == '\r') return true;
            if (i > 0 && (span[i - 1] == ' ' || span[i - 1] == '\t')) return true;
            at = i + 1;
        }
    }
}
