using System.Security.Cryptography;
using System.Text;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// The checksum recorded in the journal: lower-case hex SHA-256 of the script's UTF-8 text after removing
/// a leading BOM and turning CRLF and lone CR into LF, so a checkout's line-ending setting never looks like an edit.
/// </summary>
public static class ScriptChecksum
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = Normalise(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    internal static string Normalise(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
