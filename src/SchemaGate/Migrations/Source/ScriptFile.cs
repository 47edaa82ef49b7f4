using System.Text;
using System.Text.Unicode;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Source;

/// <summary>A well-named file of the migrations folder, with its text when it is valid UTF-8.</summary>
internal sealed record ScriptFile(MigrationFileName Name, string FileName, string RelativePath, string? Text)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strictly; on invalid bytes returns null text and the 1-based line and column of the first bad byte.</summary>
    public static (string? Text, (int Line, int Column)? BadByteAt) Decode(byte[] bytes)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return (text, null);
        }
        catch (DecoderFallbackException)
        {
            var valid = FirstInvalidByte(bytes);
            var prefix = StrictUtf8.GetString(bytes, 0, valid);
            if (prefix.Length > 0 && prefix[0] == '\uFEFF') prefix = prefix[1..];
            return (null, new SqlScript(prefix + "?", [], [], []).PositionOf(prefix.Length));
        }
    }

    private static int FirstInvalidByte(byte[] bytes)
    {
        var buffer = new char[bytes.Length];
        Utf8.ToUtf16(bytes, buffer, out var bytesRead, out _, replaceInvalidSequences: false);
        return bytesRead;
    }
}
