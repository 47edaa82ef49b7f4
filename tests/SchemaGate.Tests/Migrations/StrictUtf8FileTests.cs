using System.Text;
using System.Text.Unicode;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Tests.Migrations;

/// <summary>
/// Migration files are decoded in chunks (<see cref="StrictUtf8File"/>): the text, and for invalid bytes the line and column
/// of the first bad one, must be what decoding the whole file at once gives, wherever the chunks cut.
/// </summary>
public class StrictUtf8FileTests
{
    private static readonly byte[][] Files =
    [
        [],
        [0xEF, 0xBB, 0xBF],
        [0xEF, 0xBB, 0xBF, .. "SELECT 1;\r\nSELECT 2;\r\n"u8],
        [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, (byte)'x'],
        [.. "SELECT 'caf\u00e9 \u20ac \U0001D11E \U0001F600 \u65e5\u672c';\n"u8],
        [.. "SELECT 1;\nSELECT 'caf"u8, 0xE9, .. "';\n"u8],
        [.. "a\r\nb\rc\n\r"u8, 0xFF],
        [.. "a\r"u8, 0x80, .. "b"u8],
        [.. "a\r\n"u8, 0xC0, 0x80],
        [.. "\u00e9\u00e9\r\r\n"u8, 0xED, 0xA0, 0x80],
        [.. "x\U0001F600"u8, 0xF4, 0x90, 0x80, 0x80],
        [.. "ends in a cut sequence "u8, 0xE2, 0x82],
        [0xEF, 0xBB, 0xBF, .. "\r\n\r\n  "u8, 0xE9],
        [0xEF, 0xBB],
    ];

    [Fact]
    public void Chunked_reading_gives_what_decoding_the_whole_file_gives()
    {
        foreach (var bytes in Files)
        {
            var expected = WholeFile(bytes);
            foreach (var chunk in new[] { 4, 5, 6, 7, 8, 13, 64 * 1024 })
            {
                using var stream = new MemoryStream(bytes);
                Assert.Equal(expected, StrictUtf8File.Read(stream, CancellationToken.None, chunk));
            }
        }
    }

    [Fact]
    public void Chunked_reading_gives_what_decoding_the_whole_file_gives_on_long_random_bytes()
    {
        var random = new Random(20261129);
        byte[][] pieces = [[.. "\r"u8], [.. "\n"u8], [.. "\r\n"u8], [.. "a"u8], [.. "\u00e9"u8], [.. "\u20ac"u8], [.. "\U0001F600"u8], [0xEF, 0xBB, 0xBF]];
        for (var round = 0; round < 20; round++)
        {
            var bytes = Enumerable.Range(0, 5000).SelectMany(_ => pieces[random.Next(pieces.Length)]).ToArray();
            if (round % 2 == 1) bytes[random.Next(bytes.Length)] = 0xFF;
            var expected = WholeFile(bytes);
            foreach (var chunk in new[] { 4, 7, 4096 })
            {
                using var stream = new MemoryStream(bytes);
                Assert.Equal(expected, StrictUtf8File.Read(stream, CancellationToken.None, chunk));
            }
        }
    }

    /// <summary>The decoding the chunked one replaced: the whole file at once, a leading BOM removed, the bad byte located in the valid prefix.</summary>
    private static (string? Text, (int Line, int Column)? BadByteAt) WholeFile(byte[] bytes)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var text = strict.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
            return (text, null);
        }
        catch (DecoderFallbackException)
        {
            Utf8.ToUtf16(bytes, new char[bytes.Length], out var valid, out _, replaceInvalidSequences: false);
            var prefix = strict.GetString(bytes, 0, valid);
            if (prefix.Length > 0 && prefix[0] == '\uFEFF') prefix = prefix[1..];
            return (null, new SqlScript(prefix + "?", [], [], []).PositionOf(prefix.Length));
        }
    }
}
