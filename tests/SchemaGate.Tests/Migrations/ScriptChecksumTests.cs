using System.Security.Cryptography;
using System.Text;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tests.Migrations;

public class ScriptChecksumTests
{
    [Fact]
    public void Is_lower_hex_sha256_of_the_utf8_text()
    {
        const string text = "CREATE TABLE t (id int);\n";
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
        Assert.Equal(expected, ScriptChecksum.Of(text));
        Assert.Matches("^[0-9a-f]{64}$", ScriptChecksum.Of(text));
    }

    [Fact]
    public void Line_endings_and_a_bom_do_not_change_it()
    {
        var lf = ScriptChecksum.Of("SELECT 1;\nSELECT 2;\n");
        Assert.Equal(lf, ScriptChecksum.Of("SELECT 1;\r\nSELECT 2;\r\n"));
        Assert.Equal(lf, ScriptChecksum.Of("SELECT 1;\rSELECT 2;\r"));
        Assert.Equal(lf, ScriptChecksum.Of("\uFEFFSELECT 1;\r\nSELECT 2;\n"));
    }

    [Fact]
    public void Different_text_gives_a_different_checksum()
    {
        Assert.NotEqual(ScriptChecksum.Of("SELECT 1;\n"), ScriptChecksum.Of("SELECT 2;\n"));
        Assert.NotEqual(ScriptChecksum.Of("SELECT 1;\n"), ScriptChecksum.Of("SELECT 1;\n\n"));
        Assert.NotEqual(ScriptChecksum.Of("SELECT 1;"), ScriptChecksum.Of("select 1;"));
    }

    private static readonly string[] Tricky =
    [
        "",
        "\uFEFF",
        "\uFEFFSELECT 1;\r\n",
        "\uFEFF\uFEFFx",
        "a\rb\r\nc\n\rd\r\r\n\n\r",
        "\r\n\r\n\r\r\r",
        "SELECT '\U0001D11E\U0001F600';\r\n-- ü é € 日本\r",
        "lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800, at the end \uD83D",
        "\uD83D\r\n\uDE00\r",
    ];

    /// <summary>The checksum streams the text in chunks: it must equal the whole-text definition wherever the chunks cut.</summary>
    [Fact]
    public void Streaming_equals_the_whole_text_definition_wherever_the_chunks_fall()
    {
        foreach (var text in Tricky)
        {
            var expected = WholeText(text);
            Assert.Equal(expected, ScriptChecksum.Of(text));
            for (var chunk = 1; chunk <= 9; chunk++) Assert.Equal(expected, ScriptChecksum.Of(text, chunk));
        }
    }

    [Fact]
    public void Streaming_equals_the_whole_text_definition_on_long_random_text()
    {
        var random = new Random(20261129);
        string[] pieces = ["\r", "\n", "\r\n", "a", "é", "€", "\U0001F600", "\uD800", "\uDC00", "\uFEFF", " "];
        var text = string.Concat(Enumerable.Range(0, 40_000).Select(_ => pieces[random.Next(pieces.Length)]));
        foreach (var chunk in new[] { 1, 2, 3, 7, 4096, 16 * 1024 }) Assert.Equal(WholeText(text), ScriptChecksum.Of(text, chunk));
    }

    /// <summary>The checksum as first defined: the whole text normalised, encoded and hashed at once.</summary>
    private static string WholeText(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var normalised = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
