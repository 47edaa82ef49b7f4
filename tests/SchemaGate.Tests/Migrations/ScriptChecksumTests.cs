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
}
