using SchemaGate.Catalog;

namespace SchemaGate.Tests.Catalog;

public sealed class TextAndGlobTests
{
    [Theory]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a  \nb\t\n", "a\nb")]
    [InlineData("SELECT 1   ", "SELECT 1")]
    [InlineData("plain", "plain")]
    public void Normalize_fixes_newlines_and_trailing_whitespace(string raw, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(raw));

    [Fact]
    public void View_definitions_lose_their_trailing_semicolon() =>
        Assert.Equal(" SELECT t.a\n   FROM t", TextNormalizer.NormalizeViewDefinition(" SELECT t.a\r\n   FROM t;\n"));

    [Theory]
    [InlineData("public.tmp_*", "public.tmp_x", true)]
    [InlineData("public.tmp_*", "public.tmpx", false)]
    [InlineData("*.audit", "app.audit", true)]
    [InlineData("public.t?", "public.t1", true)]
    [InlineData("public.t?", "public.t12", false)]
    [InlineData("app", "application", false)]
    public void Glob_matches_whole_identities(string pattern, string value, bool matches) =>
        Assert.Equal(matches, Glob.Matches(pattern, value));

    [Fact]
    public void Filter_excludes_children_of_excluded_objects()
    {
        var filter = new SnapshotFilter([], [], ["public.tmp_*"]);
        var column = new SchemaObject(ObjectKind.Column, "public.tmp_a.x", "public", "public.tmp_a", AttributeMap.Empty);
        var other = new SchemaObject(ObjectKind.Column, "public.keep.x", "public", "public.keep", AttributeMap.Empty);
        Assert.False(filter.Keeps(column));
        Assert.True(filter.Keeps(other));
    }
}
