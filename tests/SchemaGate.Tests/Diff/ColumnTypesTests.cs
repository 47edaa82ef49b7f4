using SchemaGate.Diff;

namespace SchemaGate.Tests.Diff;

public sealed class ColumnTypesTests
{
    [Theory]
    [InlineData("character varying(50)", "character varying(100)")]
    [InlineData("character varying(50)", "character varying")]
    [InlineData("character varying(50)", "text")]
    [InlineData("character(5)", "character varying(5)")]
    [InlineData("integer", "bigint")]
    [InlineData("smallint", "integer")]
    [InlineData("integer", "numeric")]
    [InlineData("integer", "numeric(12,0)")]
    [InlineData("numeric(10,2)", "numeric(12,2)")]
    [InlineData("numeric(10,2)", "numeric(12,4)")]
    [InlineData("numeric(10,2)", "numeric")]
    [InlineData("real", "double precision")]
    [InlineData("integer", "double precision")]
    [InlineData("date", "timestamp without time zone")]
    [InlineData("timestamp without time zone", "timestamp with time zone")]
    [InlineData("timestamp(3) without time zone", "timestamp without time zone")]
    [InlineData("integer[]", "bigint[]")]
    [InlineData("integer", "text")]
    [InlineData("bit(3)", "bit varying(8)")]
    public void Widening_is_lossless(string from, string to) => Assert.True(ColumnTypes.IsLossless(from, to));

    [Theory]
    [InlineData("character varying(100)", "character varying(50)")]
    [InlineData("text", "character varying(50)")]
    [InlineData("character varying", "character varying(10)")]
    [InlineData("text", "integer")]
    [InlineData("bigint", "integer")]
    [InlineData("integer", "smallint")]
    [InlineData("numeric(12,2)", "numeric(10,2)")]
    [InlineData("numeric(10,4)", "numeric(10,2)")]
    [InlineData("numeric", "numeric(10,2)")]
    [InlineData("integer", "numeric(5,0)")]
    [InlineData("bigint", "double precision")]
    [InlineData("integer", "real")]
    [InlineData("double precision", "real")]
    [InlineData("numeric", "integer")]
    [InlineData("timestamp with time zone", "timestamp without time zone")]
    [InlineData("timestamp without time zone", "date")]
    [InlineData("timestamp without time zone", "timestamp(0) without time zone")]
    [InlineData("integer[]", "integer")]
    [InlineData("uuid", "public.my_enum")]
    public void Narrowing_or_unrelated_change_can_lose_data(string from, string to) => Assert.False(ColumnTypes.IsLossless(from, to));
}
