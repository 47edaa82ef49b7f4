using SchemaGate.Sql;

namespace SchemaGate.Tests.Sql;

public class SqlScriptTests
{
    private static string[] Texts(string source) => [.. SqlScript.Parse(source).Statements.Select(s => s.Text)];

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("   \n\t ", new string[0])]
    [InlineData("-- only a comment\n/* and another; */", new string[0])]
    [InlineData(";;\n;", new string[0])]
    [InlineData("SELECT 1", new[] { "SELECT 1" })]
    [InlineData("SELECT 1;SELECT 2;", new[] { "SELECT 1", "SELECT 2" })]
    [InlineData("  -- lead\n SELECT 1 ; -- trail\n", new[] { "SELECT 1" })]
    [InlineData("SELECT 'a;b'; SELECT \"c;d\"", new[] { "SELECT 'a;b'", "SELECT \"c;d\"" })]
    [InlineData("SELECT E'it\\'s; fine'; SELECT 2", new[] { "SELECT E'it\\'s; fine'", "SELECT 2" })]
    [InlineData("SELECT 1 /* a; /* b; */ c; */ + 1; SELECT 2", new[] { "SELECT 1 /* a; /* b; */ c; */ + 1", "SELECT 2" })]
    [InlineData("SELECT 1 -- x; y\n+ 1; SELECT 2", new[] { "SELECT 1 -- x; y\n+ 1", "SELECT 2" })]
    [InlineData("SELECT $1; SELECT $$a;b$$", new[] { "SELECT $1", "SELECT $$a;b$$" })]
    public void Splits_statements_at_top_level_semicolons(string source, string[] expected)
    {
        Assert.Equal(expected, Texts(source));
    }

    [Fact]
    public void Function_body_with_many_semicolons_stays_one_statement()
    {
        const string source = """
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$
            BEGIN
              UPDATE t SET a = 1; -- inner ;
              INSERT INTO log VALUES ('x;y');
              RETURN NEW;
            END;
            $fn$;
            SELECT 2;
            """;
        var statements = SqlScript.Parse(source).Statements;
        Assert.Equal(2, statements.Count);
        Assert.StartsWith("CREATE FUNCTION", statements[0].Text);
        Assert.EndsWith("$fn$", statements[0].Text);
        Assert.Equal(SqlTokenKind.DollarString, statements[0].Tokens[^1].Kind);
        Assert.Equal("SELECT 2", statements[1].Text);
    }

    [Fact]
    public void Begin_atomic_body_stays_one_statement_including_case_end()
    {
        const string source = """
            CREATE OR REPLACE FUNCTION grade(score int) RETURNS text
            LANGUAGE sql
            BEGIN ATOMIC
              SELECT CASE WHEN score > 90 THEN 'a' ELSE 'b' END;
              SELECT 'after case; still body';
            END;
            CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); END;
            SELECT 3;
            """;
        var statements = SqlScript.Parse(source).Statements;
        Assert.Equal(3, statements.Count);
        Assert.StartsWith("CREATE OR REPLACE FUNCTION grade", statements[0].Text);
        Assert.EndsWith("END", statements[0].Text);
        Assert.Contains("still body", statements[0].Text);
        Assert.Equal("CREATE PROCEDURE p() BEGIN ATOMIC INSERT INTO t VALUES (1); INSERT INTO t VALUES (2); END", statements[1].Text);
        Assert.Equal("SELECT 3", statements[2].Text);
    }

    [Fact]
    public void Semicolons_inside_parentheses_do_not_split_as_in_psql()
    {
        Assert.Equal(
            ["CREATE RULE r AS ON INSERT TO t DO ALSO (UPDATE a SET x = 1 WHERE id = NEW.id; DELETE FROM b)", "SELECT 1"],
            Texts("CREATE RULE r AS ON INSERT TO t DO ALSO (UPDATE a SET x = 1 WHERE id = NEW.id; DELETE FROM b);\nSELECT 1;"));
        // A stray closing parenthesis does not leave the depth below zero: the next semicolons still split.
        Assert.Equal(["SELECT 1)", "SELECT (2)", "SELECT 3"], Texts("SELECT 1); SELECT (2); SELECT 3;"));
        // Brackets and quoted parentheses do not count.
        Assert.Equal(["SELECT '(' AS p", "SELECT \"(\" FROM t", "SELECT a[1]"], Texts("SELECT '(' AS p; SELECT \"(\" FROM t; SELECT a[1];"));
    }

    [Fact]
    public void Plain_begin_and_end_transaction_statements_split_normally()
    {
        Assert.Equal(["BEGIN", "SELECT CASE WHEN true THEN 1 END", "END"], Texts("BEGIN; SELECT CASE WHEN true THEN 1 END; END;"));
    }

    [Fact]
    public void Psql_meta_commands_form_their_own_statement()
    {
        const string source = "\\set ON_ERROR_STOP on\nSELECT 1;\n  \\connect other\nSELECT 2\n\\i file.sql\n";
        var statements = SqlScript.Parse(source).Statements;
        Assert.Equal(["\\set ON_ERROR_STOP on", "SELECT 1", "\\connect other", "SELECT 2", "\\i file.sql"], statements.Select(s => s.Text));
        Assert.True(statements[2].IsPsqlMeta);
        Assert.Equal((3, 3), (statements[2].Line, statements[2].Column));
        Assert.False(statements[3].IsPsqlMeta);
    }

    [Fact]
    public void Copy_from_stdin_data_is_not_lexed_as_sql()
    {
        const string source = "COPY t (a, b) FROM STDIN;\n1\tit's\n2\t\"open\n\\.\nSELECT 1;";
        var script = SqlScript.Parse(source);
        Assert.Empty(script.Errors);
        Assert.Equal(["COPY t (a, b) FROM STDIN", "1\tit's\n2\t\"open\n\\.", "SELECT 1"], script.Statements.Select(s => s.Text));
        Assert.True(script.Statements[1].IsPsqlMeta);
    }

    [Fact]
    public void Statements_carry_index_offset_line_and_column_of_their_first_token()
    {
        const string source = "SELECT 'multi\nline\nstring';\n\n  /* c */ INSERT INTO t\n  VALUES (1);\n\tUPDATE t SET a = 2";
        var statements = SqlScript.Parse(source).Statements;
        Assert.Equal(3, statements.Count);
        Assert.Equal((0, 0, 1, 1), (statements[0].Index, statements[0].Offset, statements[0].Line, statements[0].Column));
        Assert.Equal((1, source.IndexOf("INSERT", StringComparison.Ordinal), 5, 11), (statements[1].Index, statements[1].Offset, statements[1].Line, statements[1].Column));
        Assert.Equal("INSERT INTO t\n  VALUES (1)", statements[1].Text);
        Assert.Equal((2, 7, 2), (statements[2].Index, statements[2].Line, statements[2].Column));
    }

    [Fact]
    public void Crlf_and_lone_cr_count_as_one_line_break()
    {
        const string source = "SELECT 'a\r\nb';\r\nSELECT 2;\rSELECT 3;\r\n\r\n  SELECT 4";
        var statements = SqlScript.Parse(source).Statements;
        Assert.Equal([(1, 1), (3, 1), (4, 1), (6, 3)], statements.Select(s => (s.Line, s.Column)));
    }

    [Fact]
    public void Tokens_of_a_statement_exclude_trivia_and_the_semicolon()
    {
        var statement = SqlScript.Parse("ALTER /* c */ TABLE t -- x\n DROP COLUMN c;").Statements.Single();
        Assert.Equal(["alter", "table", "t", "drop", "column", "c"], statement.Tokens.Select(t => t.Value));
    }

    [Fact]
    public void Comments_are_collected_with_positions()
    {
        var comments = SqlScript.Parse("-- top\nSELECT 1; /* mid\n */ -- end").Comments;
        Assert.Equal(
            [("-- top", 1, 1, true), ("/* mid\n */", 2, 11, false), ("-- end", 3, 5, true)],
            comments.Select(c => (c.Text, c.Line, c.Column, c.IsLineComment)));
    }

    [Theory]
    [InlineData("SELECT 1;\n  SELECT 'abc", "unterminated quoted string", 2, 10)]
    [InlineData("SELECT 1;\nSELECT E'abc\\'", "unterminated quoted string", 2, 8)]
    [InlineData("SELECT \"col", "unterminated quoted identifier", 1, 8)]
    [InlineData("\n\nCREATE FUNCTION f() AS $fn$ body $$ ;", "unterminated dollar-quoted string $fn$", 3, 24)]
    [InlineData("SELECT 1; /* outer /* inner */ still open", "unterminated block comment", 1, 11)]
    [InlineData("x\r\n\r\n\tU&'abc", "unterminated quoted string", 3, 2)]
    public void Unterminated_forms_are_reported_where_they_open(string source, string what, int line, int column)
    {
        var script = SqlScript.Parse(source);
        var error = Assert.Single(script.Errors);
        Assert.Equal($"{what} (opened at line {line}, column {column})", error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal((line, column), script.PositionOf(error.Offset));
    }

    [Fact]
    public void Dollar_error_message_matches_the_documented_form()
    {
        var source = "SELECT 1;\nSELECT 2;\nCREATE FUNC $fn$ never closed";
        var error = Assert.Single(SqlScript.Parse(source).Errors);
        Assert.Equal("unterminated dollar-quoted string $fn$ (opened at line 3, column 13)", error.Message);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 2, 1)]
    [InlineData(6, 2, 3)]
    [InlineData(7, 3, 1)]
    [InlineData(9, 3, 3)]
    [InlineData(99, 3, 3)]
    [InlineData(-5, 1, 1)]
    public void PositionOf_maps_offsets_to_lines_and_columns(int offset, int line, int column)
    {
        var script = SqlScript.Parse("abc\nd\r\nef");
        Assert.Equal((line, column), script.PositionOf(offset));
    }

    [Fact]
    public void PositionOf_works_on_a_script_built_by_hand()
    {
        var script = new SqlScript("a\nb", [], [], []);
        Assert.Equal((2, 1), script.PositionOf(2));
    }

    [Fact]
    public void StatementAt_finds_the_statement_spanning_an_offset()
    {
        var script = SqlScript.Parse("SELECT 1; -- gap\nSELECT 2;");
        Assert.Equal(0, script.StatementAt(3)?.Index);
        Assert.Null(script.StatementAt(12));
        Assert.Equal(1, script.StatementAt(script.Source.IndexOf("2", StringComparison.Ordinal))?.Index);
    }

    [Fact]
    public void Never_throws_on_arbitrary_input()
    {
        var random = new Random(20261121);
        const string alphabet = "abE$U&'\"\\;-/*() \n\r\t0123456789.:=<>_é";
        for (var round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var source = new string(chars);
            var script = SqlScript.Parse(source);
            foreach (var statement in script.Statements)
            {
                Assert.Equal(source.Substring(statement.Offset, statement.Text.Length), statement.Text);
                foreach (var token in statement.Tokens) _ = token.Value;
            }
            var covered = SqlLexer.Tokenize(source).Sum(t => t.Length);
            Assert.Equal(source.Length, covered);
        }
    }
}
