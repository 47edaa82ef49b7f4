using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Tests.Rules;

/// <summary>PostgreSQL's rules for ALTER COLUMN ... TYPE without a rewrite, on types as scripts spell them.</summary>
public class TypeChangeTests
{
    private static ColumnType Type(string text)
    {
        var tokens = SqlScript.Parse(text).Statements[0].Tokens;
        var i = 0;
        return ColumnType.TryRead(tokens, ref i, tokens.Count) ?? throw new InvalidOperationException(text);
    }

    public static TheoryData<string, string, bool> Changes => new()
    {
        { "varchar(10)", "varchar(20)", false },
        { "character varying(10)", "text", false },
        { "varchar(10)", "varchar", false },
        { "varchar", "text", false },
        { "text", "varchar", false },
        { "numeric(10,2)", "numeric(12,2)", false },
        { "numeric(10,2)", "decimal", false },
        { "timestamp(3)", "timestamp", false },
        { "timestamp(3) without time zone", "timestamp(6)", false },
        { "interval", "interval(6)", false },
        { "cidr", "inet", false },
        { "xml", "text", false },
        { "varbit(8)", "bit varying(16)", false },
        { "int4", "integer", false },
        { "varchar(20)", "varchar(10)", true },
        { "text", "varchar(10)", true },
        { "numeric(10,2)", "numeric(10,4)", true },
        { "numeric(10,2)", "numeric(8,2)", true },
        { "numeric", "numeric(10,2)", true },
        { "int", "bigint", true },
        { "smallint", "int", true },
        { "char(3)", "char(5)", true },
        { "char(3)", "text", true },
        { "timestamp", "timestamptz", true },
        { "timestamptz", "timestamp", true },
        { "timestamp(6)", "timestamp(3)", true },
        { "interval", "interval(0)", true },
        { "json", "jsonb", true },
        { "varchar(10)[]", "varchar(20)[]", true },
        { "text[]", "text[]", false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_rewrites_only_when_PostgreSQL_would(string from, string to, bool rewrites)
    {
        Assert.Equal(rewrites, TypeChange.Rewrites(Type(from), Type(to)));
    }

    [Theory]
    [InlineData("serial", "integer", "serial")]
    [InlineData("BIGSERIAL", "bigint", "bigserial")]
    [InlineData("double precision", "double precision", null)]
    [InlineData("float", "double precision", null)]
    [InlineData("float(10)", "real", null)]
    [InlineData("timestamp with time zone", "timestamp with time zone", null)]
    [InlineData("pg_catalog.int8", "bigint", null)]
    [InlineData("character", "character", null)]
    public void Aliases_read_as_PostgreSQL_names_them(string written, string name, string? serial)
    {
        var type = Type(written);
        Assert.Equal(name, type.Name);
        Assert.Equal(serial, type.Serial);
    }

    [Fact]
    public void Char_without_a_length_is_char_1()
    {
        Assert.Equal([1], Type("char").Modifiers);
        Assert.Empty(Type("bpchar").Modifiers);
    }
}
