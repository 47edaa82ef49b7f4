using System.Text;
using SchemaGate.Seeds;

namespace SchemaGate.Tests.Seeds;

public class SeedCsvReaderTests
{
    private const string Path = "migrations/seeds/feature_flags.csv";

    private static (SeedFile? File, List<string> Problems) Read(string text, string path = Path) => Read(Encoding.UTF8.GetBytes(text), path);

    private static (SeedFile? File, List<string> Problems) Read(byte[] bytes, string path = Path)
    {
        var problems = new List<string>();
        return (SeedCsvReader.Read(path, bytes, problems), problems);
    }

    [Fact]
    public void Reads_keys_header_rows_quotes_and_null_versus_empty()
    {
        var (file, problems) = Read("# key: key\n# flags every environment starts with\nkey,enabled,note\r\n" +
                                    "a,true,\"said \"\"hi\"\", then left\"\n\nb,,\"\"\nc,false,\"two\nlines\"\nd,true,plain\n");

        Assert.Empty(problems);
        Assert.NotNull(file);
        Assert.Equal(("public", "feature_flags"), (file.Schema, file.Table));
        Assert.Equal(["key", "enabled", "note"], file.Columns);
        Assert.Equal(["key"], file.KeyColumns);
        Assert.Equal(3, file.HeaderLine);
        Assert.Equal([4, 6, 7, 9], file.Rows.Select(r => r.Line));
        Assert.Equal("said \"hi\", then left", file.Rows[0].Values[2]);
        Assert.Null(file.Rows[1].Values[1]);          // unquoted empty: NULL
        Assert.Equal("", file.Rows[1].Values[2]);      // quoted empty: empty string
        Assert.Equal("two\nlines", file.Rows[2].Values[2]);
        Assert.Null(file.AllowDelete);
    }

    [Fact]
    public void Schema_qualified_file_names_and_composite_keys()
    {
        var (file, problems) = Read("# key: region, code\nregion,code,label\neu,a,A\nus,a,A\n", "migrations/seeds/ref.codes.csv");

        Assert.Empty(problems);
        Assert.Equal(("ref", "codes", 2), (file!.Schema, file.Table, file.Rows.Count));
        Assert.Equal(["region", "code"], file.KeyColumns);
    }

    [Fact]
    public void The_allow_directive_for_mirror_deletes_is_read_with_its_reason_and_line()
    {
        var (file, problems) = Read("# key: key\n# schemagate:allow-file SG503 reason=\"retired flags go\"\nkey\na\n");

        Assert.Empty(problems);
        Assert.Equal(new SeedAllow("SG503", "retired flags go", 2), file!.AllowDelete);
    }

    [Theory]
    [InlineData("key,enabled\na,true\n", "feature_flags.csv:1: no key declared: start the file with a line '# key: key'")]
    [InlineData("# key: id\nkey,enabled\na,true\n", "feature_flags.csv:1: key column 'id' is not in the header")]
    [InlineData("# key: key\nkey,enabled\na,true\nb,false\na,false\n", "feature_flags.csv:5: duplicate key (key) = (a), first on line 3")]
    [InlineData("# key: key\nkey,enabled\na,tr\"ue\n", "feature_flags.csv:3: a quote inside an unquoted field")]
    [InlineData("# key: key\nkey,enabled\na,true\nb,\"false\n", "feature_flags.csv:4: unterminated quoted field")]
    [InlineData("# key: key\nkey,enabled\na,\"true\"x\n", "feature_flags.csv:3: text after a closing quote")]
    [InlineData("# key: key\nkey,enabled\na,true,extra\n", "feature_flags.csv:3: 3 field(s), but the header has 2")]
    [InlineData("# key: key\nkey,enabled\n,true\n", "feature_flags.csv:3: empty key value (key)")]
    [InlineData("# key: key\nkey,key\na,b\n", "feature_flags.csv:2: column 'key' appears twice in the header")]
    [InlineData("# key: key\nkey\na\n# late\n", "feature_flags.csv:4: comment lines are only allowed before the header row")]
    [InlineData("# key: key\n# schemagate:allow-file SG202 reason=\"x\"\nkey\n", "feature_flags.csv:2: SG202 cannot be allowed in a seed file")]
    [InlineData("# key: key\n# schemagate:allow SG503\nkey\n", "feature_flags.csv:2: unknown or malformed directive")]
    [InlineData("# key: key\n", "feature_flags.csv:1: no header row")]
    public void Bad_input_is_reported_with_file_and_line(string text, string expected)
    {
        var (file, problems) = Read(text);

        Assert.Null(file);
        var problem = Assert.Single(problems);
        Assert.StartsWith("migrations/seeds/" + expected, problem);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_at_the_line_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("# key: key\nkey,label\na,fine\n").Concat(new byte[] { (byte)'b', (byte)',', 0xE9, (byte)'t', (byte)'\n' }).ToArray();

        var (file, problems) = Read(bytes);

        Assert.Null(file);
        Assert.Equal("migrations/seeds/feature_flags.csv:4: the file is not valid UTF-8; save it as UTF-8", Assert.Single(problems));
    }

    [Theory]
    [InlineData("flags.csv", "public", "flags")]
    [InlineData("app.flags.csv", "app", "flags")]
    [InlineData("a.b.c.csv", null, null)]
    [InlineData("bad-name.csv", null, null)]
    [InlineData("1flags.csv", null, null)]
    public void File_names_name_the_table(string name, string? schema, string? table)
    {
        var parsed = SeedCsvReader.TableOf(name);
        Assert.Equal(schema, parsed?.Schema);
        Assert.Equal(table, parsed?.Table);
    }
}
