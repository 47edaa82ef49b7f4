using System.Globalization;
using System.Text;

namespace SchemaGate.Sql;

/// <summary>
/// Best-effort values of quoted tokens. Works on unterminated tokens too (the content then runs to the
/// end of the text) and never throws: an escape it cannot decode is kept as written.
/// </summary>
internal static class SqlLiteralDecoder
{
    public static string QuotedIdentifier(string text)
    {
        var unicode = text.Length >= 2 && (text[0] | 0x20) == 'u' && text[1] == '&';
        var body = Unquote(text, unicode ? 2 : 0, '"');
        return unicode ? DecodeUnicodeEscapes(body) : body;
    }

    public static string QuotedString(string text)
    {
        if (text.Length == 0) return text;
        if (text[0] == '\'') return Unquote(text, 0, '\'');
        return (text[0] | 0x20) switch
        {
            'e' => DecodeBackslashEscapes(text, 1),
            'u' => DecodeUnicodeEscapes(Unquote(text, 2, '\'')),
            _ => Unquote(text, 1, '\''),
        };
    }

    public static string DollarString(string text)
    {
        var close = text.IndexOf('$', 1);
        if (close < 0) return "";
        var tagLength = close + 1;
        var bodyEnd = text.Length >= 2 * tagLength && text.AsSpan(text.Length - tagLength).SequenceEqual(text.AsSpan(0, tagLength))
            ? text.Length - tagLength
            : text.Length;
        return text[tagLength..bodyEnd];
    }

    /// <summary>Content after the opening quote at <paramref name="quoteAt"/>, doubled quotes collapsed.</summary>
    private static string Unquote(string text, int quoteAt, char quote)
    {
        var start = quoteAt + 1;
        if (start > text.Length) return "";
        var span = text.AsSpan(start);
        var first = span.IndexOf(quote);
        if (first < 0) return span.ToString();
        if (first == span.Length - 1) return span[..first].ToString();

        var result = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] != quote)
            {
                result.Append(span[i]);
                continue;
            }
            if (i + 1 < span.Length && span[i + 1] == quote)
            {
                result.Append(quote);
                i++;
                continue;
            }
            break;
        }
        return result.ToString();
    }

    private static string DecodeBackslashEscapes(string text, int quoteAt)
    {
        var result = new StringBuilder(text.Length);
        var i = quoteAt + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    result.Append('\'');
                    i += 2;
                    continue;
                }
                break;
            }
            if (c != '\\' || i + 1 >= text.Length)
            {
                result.Append(c);
                i++;
                continue;
            }

            var e = text[i + 1];
            i += 2;
            switch (e)
            {
                case 'b': result.Append('\b'); break;
                case 'f': result.Append('\f'); break;
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case 'x':
                    i = AppendCodePoint(result, text, i, 1, 2, 16, "\\x");
                    break;
                case 'u':
                    i = AppendCodePoint(result, text, i, 4, 4, 16, "\\u");
                    break;
                case 'U':
                    i = AppendCodePoint(result, text, i, 8, 8, 16, "\\U");
                    break;
                case >= '0' and <= '7':
                    i = AppendCodePoint(result, text, i - 1, 1, 3, 8, "\\");
                    break;
                default:
                    result.Append(e);
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>U&amp;'' escapes with the default escape char: <c>\XXXX</c>, <c>\+XXXXXX</c>, <c>\\</c>.</summary>
    private static string DecodeUnicodeEscapes(string body)
    {
        if (!body.Contains('\\')) return body;
        var result = new StringBuilder(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            if (body[i] != '\\' || i + 1 >= body.Length)
            {
                result.Append(body[i++]);
                continue;
            }
            if (body[i + 1] == '\\')
            {
                result.Append('\\');
                i += 2;
            }
            else if (body[i + 1] == '+')
            {
                i = AppendCodePoint(result, body, i + 2, 6, 6, 16, "\\+");
            }
            else
            {
                i = AppendCodePoint(result, body, i + 1, 4, 4, 16, "\\");
            }
        }
        return result.ToString();
    }

    /// <summary>Reads <paramref name="min"/> to <paramref name="max"/> digits at <paramref name="at"/>; on failure keeps the escape as written.</summary>
    private static int AppendCodePoint(StringBuilder result, string text, int at, int min, int max, int radix, string escape)
    {
        var end = at;
        while (end < text.Length && end - at < max && IsDigitOf(text[end], radix)) end++;
        if (end - at >= min)
        {
            var value = 0;
            foreach (var d in text.AsSpan(at, end - at)) value = value * radix + int.Parse(d.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                result.Append(char.ConvertFromUtf32(value));
                return end;
            }
        }
        result.Append(escape);
        return at;
    }

    private static bool IsDigitOf(char c, int radix) =>
        radix == 8 ? c is >= '0' and <= '7' : SqlCharacters.IsHexDigit(c);
}
