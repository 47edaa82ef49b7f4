using System.Runtime.CompilerServices;
using SchemaGate.Sql;
using SchemaGate.Tests.Rules.CorpusFormat;

namespace SchemaGate.Tests.Sql;

/// <summary>
/// A large script's statements lex their tokens again when asked for (<see cref="RelexedTokens"/>): what they give must be
/// exactly what the statements of a parse that keeps its tokens hold (kinds, offsets, texts), whatever the SQL and in
/// whatever order the tokens are read.
/// </summary>
public class RelexedTokensTests
{
    public static TheoryData<string> CorpusFiles => new(
        Directory.GetFiles(Corpus.Directory(), "*.sql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus.Directory(), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_rule_corpus_file_relexes_to_the_tokens_it_was_split_with(string file)
    {
        AssertSameParse(File.ReadAllText(Path.Combine(Corpus.Directory(), file)));
    }

    [Theory]
    [InlineData("CREATE OR REPLACE FUNCTION grade(score int) RETURNS text LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN score > 90 THEN 'a' ELSE 'b' END;\n  SELECT 'x;y';\nEND;\nSELECT 3;")]
    [InlineData("CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); END; SELECT 1")]
    [InlineData("COPY t (a, b) FROM STDIN;\n1\tit's\n2\t\"open\n\\.\nSELECT 1;\ncopy t from stdin;\n3\t$$\n")]
    [InlineData("\\set ON_ERROR_STOP on\nSELECT 1;\n  \\connect other\nSELECT 2\n\\i file.sql\n")]
    [InlineData("SELECT 1 /* a; /* b; */ c; */ + 1; SELECT 2 -- x; y\n+ 1; SELECT $1, $$a;b$$, $fn$ c $fn$, E'it\\'s', U&\"d\\0061t\"")]
    [InlineData("SELECT 'a\r\nb';\r\nSELECT 2;\rSELECT 3;\r\n\r\n  SELECT 4 =-1, a->>'b', x::int, 1.5e10, 0x1F, .5, 1..2")]
    [InlineData("SELECT 1;\n  SELECT 'abc")]
    [InlineData("\n\nCREATE FUNCTION f() AS $fn$ body $$ ;")]
    [InlineData("SELECT 1; /* outer /* inner */ still open")]
    [InlineData(";;\n; SELECT \"c;d\";;")]
    [InlineData("")]
    public void Tricky_sql_relexes_to_the_tokens_it_was_split_with(string source)
    {
        AssertSameParse(source);
    }

    [Fact]
    public void Random_sql_relexes_to_the_tokens_it_was_split_with()
    {
        var random = new Random(20261129);
        string[] pieces = ["create ", "function ", "begin ", "atomic ", "case ", "end", "copy ", "from ", "stdin", ";", "\n", "\\.\n", "\\x ",
            "'", "\"", "$$", "$a$", "--", "/*", "*/", "E'\\'", "U&'", " ", "select ", "1", "(", ")", "é", "\r\n", "\r", "::", "=-"];
        for (var round = 0; round < 3000; round++)
        {
            var source = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            AssertSameParse(source);
        }
    }

    [Fact]
    public void Tokens_read_out_of_order_are_the_same()
    {
        const string source = "insert into t (a, b) values (1, 'x'), (2, 'y'), (3, 'z'), (4, 'w'), (5, 'v'), (6, 'u') returning a, b;";
        var eager = SqlScript.Parse(source, relexTokens: false).Statements.Single().Tokens;
        var relexed = SqlScript.Parse(source, relexTokens: true).Statements.Single().Tokens;
        Assert.IsType<RelexedTokens>(relexed);
        Assert.Equal(eager.Count, relexed.Count);
        foreach (var i in new[] { eager.Count - 1, 0, eager.Count / 2, 1, eager.Count - 2 }) Assert.Equal(eager[i], relexed[i]);
        Assert.Equal(eager, relexed);
        Assert.Throws<ArgumentOutOfRangeException>(() => relexed[eager.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => relexed[-1]);
    }

    [Fact]
    public void A_script_longer_than_the_threshold_relexes_and_a_shorter_one_keeps_its_tokens()
    {
        var row = "insert into t values (1, 'some text');\n";
        var big = string.Concat(Enumerable.Repeat(row, SqlScript.RelexAbove / row.Length + 1));
        Assert.IsType<RelexedTokens>(SqlScript.Parse(big).Statements[^1].Tokens);
        Assert.IsType<SqlToken[]>(SqlScript.Parse(row).Statements[0].Tokens);
    }

    [Fact]
    public void A_relexing_statement_keeps_neither_its_tokens_nor_its_text_once_they_are_used()
    {
        var statement = SqlScript.Parse("insert into t values (1, 'a'), (2, 'b');", relexTokens: true).Statements.Single();
        var (tokens, text) = UseAndDrop(statement);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(tokens.TryGetTarget(out _), "the statement kept its tokens alive");
        Assert.False(text.TryGetTarget(out _), "the statement kept its text alive");
        Assert.Equal("insert", statement.Tokens[0].Text);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference<IReadOnlyList<SqlToken>>, WeakReference<string>) UseAndDrop(SqlStatement statement)
    {
        var tokens = statement.Tokens;
        Assert.Equal("'b'", tokens[^2].Text);
        Assert.Same(tokens, statement.Tokens);
        return (new WeakReference<IReadOnlyList<SqlToken>>(tokens), new WeakReference<string>(statement.Text));
    }

    private static void AssertSameParse(string source)
    {
        var eager = SqlScript.Parse(source, relexTokens: false);
        var relexed = SqlScript.Parse(source, relexTokens: true);
        Assert.Equal(eager.Comments, relexed.Comments);
        Assert.Equal(eager.Errors, relexed.Errors);
        Assert.Equal(eager.Statements.Count, relexed.Statements.Count);
        for (var i = 0; i < eager.Statements.Count; i++)
        {
            var (e, r) = (eager.Statements[i], relexed.Statements[i]);
            Assert.Equal((e.Index, e.Offset, e.End, e.Line, e.Column, e.Text, e.IsPsqlMeta), (r.Index, r.Offset, r.End, r.Line, r.Column, r.Text, r.IsPsqlMeta));
            Assert.Equal(e.Tokens, r.Tokens);
            Assert.Equal(e, r);
        }
    }
}
