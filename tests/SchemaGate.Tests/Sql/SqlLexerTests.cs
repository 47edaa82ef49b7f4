using SchemaGate.Sql;

namespace SchemaGate.Tests.Sql;

public class SqlLexerTests
{
    private static SqlToken Single(string source)
    {
        var tokens = SqlLexer.Tokenize(source);
        Assert.True(tokens.Count == 1, $"expected one token for <{source}>, got: {string.Join(" | ", tokens)}");
        return tokens[0];
    }

    [Theory]
    [InlineData("'abc'", SqlTokenKind.String, "abc")]
    [InlineData("'it''s'", SqlTokenKind.String, "it's")]
    [InlineData("''", SqlTokenKind.String, "")]
    [InlineData("'a;b'", SqlTokenKind.String, "a;b")]
    [InlineData(@"'C:\path\'", SqlTokenKind.String, @"C:\path\")]
    [InlineData(@"E'it\'s'", SqlTokenKind.String, "it's")]
    [InlineData(@"e'a\\b'", SqlTokenKind.String, @"a\b")]
    [InlineData(@"E'line\nnext\ttab'", SqlTokenKind.String, "line\nnext\ttab")]
    [InlineData(@"E'\x41\101\u00e9'", SqlTokenKind.String, "AAé")]
    [InlineData("E'a''b'", SqlTokenKind.String, "a'b")]
    [InlineData(@"U&'d\0061t\+000061'", SqlTokenKind.String, "data")]
    [InlineData("u&'x'", SqlTokenKind.String, "x")]
    [InlineData("B'1010'", SqlTokenKind.String, "1010")]
    [InlineData("x'1F'", SqlTokenKind.String, "1F")]
    [InlineData("N'nat'", SqlTokenKind.String, "nat")]
    [InlineData("$$body; more;$$", SqlTokenKind.DollarString, "body; more;")]
    [InlineData("$fn$ select $$x$$; $fn$", SqlTokenKind.DollarString, " select $$x$$; ")]
    [InlineData("$_t1$a$_t1$", SqlTokenKind.DollarString, "a")]
    [InlineData("$é$ü$é$", SqlTokenKind.DollarString, "ü")]
    [InlineData("$$$$", SqlTokenKind.DollarString, "")]
    [InlineData("\"Mixed Case\"", SqlTokenKind.QuotedIdentifier, "Mixed Case")]
    [InlineData("\"a\"\"b;\"", SqlTokenKind.QuotedIdentifier, "a\"b;")]
    [InlineData("U&\"d\\0061t\"", SqlTokenKind.QuotedIdentifier, "dat")]
    [InlineData("SELECT", SqlTokenKind.Word, "select")]
    [InlineData("_x$1", SqlTokenKind.Word, "_x$1")]
    [InlineData("tablé", SqlTokenKind.Word, "tablé")]
    [InlineData("42", SqlTokenKind.Number, "42")]
    [InlineData("3.14", SqlTokenKind.Number, "3.14")]
    [InlineData(".5e-3", SqlTokenKind.Number, ".5e-3")]
    [InlineData("1_000_000", SqlTokenKind.Number, "1_000_000")]
    [InlineData("0x1F", SqlTokenKind.Number, "0x1F")]
    [InlineData("1e10", SqlTokenKind.Number, "1e10")]
    [InlineData("$1", SqlTokenKind.Parameter, "$1")]
    [InlineData("$12", SqlTokenKind.Parameter, "$12")]
    [InlineData("::", SqlTokenKind.Operator, "::")]
    [InlineData(":=", SqlTokenKind.Operator, ":=")]
    [InlineData("->>", SqlTokenKind.Operator, "->>")]
    [InlineData("#>>", SqlTokenKind.Operator, "#>>")]
    [InlineData("<>", SqlTokenKind.Operator, "<>")]
    [InlineData("@-", SqlTokenKind.Operator, "@-")]
    [InlineData("=>", SqlTokenKind.Operator, "=>")]
    [InlineData(";", SqlTokenKind.Semicolon, ";")]
    [InlineData("(", SqlTokenKind.Punctuation, "(")]
    [InlineData("-- note; here", SqlTokenKind.LineComment, "-- note; here")]
    [InlineData("/* a; b */", SqlTokenKind.BlockComment, "/* a; b */")]
    [InlineData("/* outer /* inner; */ still; */", SqlTokenKind.BlockComment, "/* outer /* inner; */ still; */")]
    [InlineData("\\connect db", SqlTokenKind.PsqlMeta, "\\connect db")]
    [InlineData(" \t\r\n\f", SqlTokenKind.Whitespace, " \t\r\n\f")]
    public void Lexes_one_token_with_its_value(string source, SqlTokenKind kind, string value)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Text);
        Assert.Equal(0, token.Offset);
        Assert.Equal(source.Length, token.Length);
        Assert.Equal(value, token.Value);
        Assert.Empty(SqlScript.Parse(source).Errors);
    }

    [Theory]
    [InlineData("a=-1", "Word:a Operator:= Operator:- Number:1")]
    [InlineData("a+-b", "Word:a Operator:+ Operator:- Word:b")]
    [InlineData("a@-b", "Word:a Operator:@- Word:b")]
    [InlineData("x::int", "Word:x Operator::: Word:int")]
    [InlineData("j->>'k'", "Word:j Operator:->> String:'k'")]
    [InlineData("a+--c\nb", "Word:a Operator:+ LineComment:--c Whitespace:\n Word:b")]
    [InlineData("a*/*c*/b", "Word:a Operator:* BlockComment:/*c*/ Word:b")]
    [InlineData("arr[1:2]", "Word:arr Punctuation:[ Number:1 Punctuation:: Number:2 Punctuation:]")]
    [InlineData("1..2", "Number:1 Punctuation:. Number:.2")]
    [InlineData("s.t", "Word:s Punctuation:. Word:t")]
    [InlineData("$1::text", "Parameter:$1 Operator::: Word:text")]
    [InlineData("foo$$bar", "Word:foo$$bar")]
    [InlineData("e 'x'", "Word:e Whitespace:  String:'x'")]
    [InlineData("E'\\'';", "String:E'\\'' Semicolon:;")]
    [InlineData("$1$", "Parameter:$1 Punctuation:$")]
    [InlineData("$a b", "Punctuation:$ Word:a Whitespace:  Word:b")]
    [InlineData("select 1 \\gset", "Word:select Whitespace:  Number:1 Whitespace:  PsqlMeta:\\gset")]
    public void Splits_into_tokens(string source, string expected)
    {
        var actual = string.Join(" ", SqlLexer.Tokenize(source).Select(t => $"{t.Kind}:{t.Text}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Tokens_cover_the_source_without_gaps()
    {
        const string source = "CREATE TABLE \"t\" (id int); -- c\n/* b */ SELECT E'x\\'y', $q$;$q$, 1.5::numeric;\n\\echo hi\r\n";
        var tokens = SqlLexer.Tokenize(source);
        var offset = 0;
        foreach (var token in tokens)
        {
            Assert.Equal(offset, token.Offset);
            Assert.Equal(source.Substring(token.Offset, token.Length), token.Text);
            offset += token.Length;
        }
        Assert.Equal(source.Length, offset);
    }

    [Fact]
    public void IsWord_ignores_case_and_only_matches_words()
    {
        var tokens = SqlLexer.Tokenize("Create \"create\" 'create'");
        Assert.True(tokens[0].IsWord("create"));
        Assert.False(tokens[2].IsWord("create"));
        Assert.False(tokens[4].IsWord("create"));
        Assert.False(tokens[0].IsWord("table"));
        Assert.Equal("create", tokens[0].Value);
        Assert.Equal("create", tokens[2].Value);
    }

    [Fact]
    public void Trivia_is_whitespace_and_comments_only()
    {
        var tokens = SqlLexer.Tokenize(" -- a\n/* b */x;");
        Assert.Equal([true, true, true, true, false, false], tokens.Select(t => t.IsTrivia));
    }

    [Fact]
    public void Unterminated_tokens_run_to_the_end_and_keep_a_best_effort_value()
    {
        Assert.Equal("abc", Single("'abc").Value);
        Assert.Equal("body", Single("$x$body").Value);
        Assert.Equal("Id", Single("\"Id").Value);
        Assert.Equal("a'b", Single("E'a\\'b").Value);
    }
}
