using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Tests.Migrations;

public class ScriptDirectivesTests
{
    private static ScriptDirectives Of(string source) => ScriptDirectives.From(SqlScript.Parse(source));

    [Theory]
    [InlineData("-- schemagate:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);", true)]
    [InlineData("CREATE INDEX CONCURRENTLY i ON t (a);\n--schemagate:no-transaction", true)]
    [InlineData("--   SchemaGate:No-Transaction  \nSELECT 1;", true)]
    [InlineData("/* schemagate:no-transaction */ SELECT 1;", false)]
    [InlineData("SELECT '-- schemagate:no-transaction';", false)]
    [InlineData("-- about schemagate:no-transaction\nSELECT 1;", false)]
    public void No_transaction_is_read_from_line_comments_only(string source, bool expected)
    {
        var directives = Of(source);
        Assert.Equal(expected, directives.NoTransaction);
        Assert.Empty(directives.Problems);
    }

    [Fact]
    public void Allow_with_reason_binds_to_the_next_statement_across_blank_and_comment_lines()
    {
        const string source = """
            CREATE TABLE a (id int);
            -- schemagate:allow SG202 reason="payload moved to alert_payloads in 0014"

            -- an ordinary comment
            /* and a block one */
            ALTER TABLE alerts DROP COLUMN payload;
            SELECT 3;
            """;
        var directives = Of(source);
        Assert.Empty(directives.Problems);
        var allow = Assert.Single(directives.Allows);
        Assert.Equal(new AllowDirective("SG202", "payload moved to alert_payloads in 0014", 2, 1, false, 1), allow);
    }

    [Fact]
    public void Allow_inside_a_statement_covers_that_statement()
    {
        const string source = "SELECT 1;\nALTER TABLE alerts\n  -- schemagate:allow SG202 reason=\"moved\"\n  DROP COLUMN payload;\nSELECT 2;";
        var allow = Assert.Single(Of(source).Allows);
        Assert.Equal(1, allow.StatementIndex);
        Assert.Equal((3, 3), (allow.Line, allow.Column));
    }

    [Fact]
    public void File_level_allow_has_no_statement()
    {
        var allow = Assert.Single(Of("-- schemagate:allow-file sg301 reason=\"small table, \\\"fast\\\" rewrite\"\nALTER TABLE t ALTER a TYPE bigint;").Allows);
        Assert.Equal(new AllowDirective("SG301", "small table, \"fast\" rewrite", 1, 1, true, null), allow);
    }

    [Fact]
    public void Allow_may_list_several_rules()
    {
        var allows = Of("-- schemagate:allow SG202,SG301 reason=\"both fine\"\nALTER TABLE t DROP c;").Allows;
        Assert.Equal(["SG202", "SG301"], allows.Select(a => a.RuleId));
        Assert.All(allows, a => Assert.Equal(0, a.StatementIndex));
    }

    [Theory]
    [InlineData("-- schemagate:allow SG202\nSELECT 1;", "reason is mandatory")]
    [InlineData("-- schemagate:allow SG202 reason=\"\"\nSELECT 1;", "reason is empty")]
    [InlineData("-- schemagate:allow SG202 reason=\"   \"\nSELECT 1;", "reason is empty")]
    [InlineData("-- schemagate:allow SG202 reason=unquoted\nSELECT 1;", "double quotes")]
    [InlineData("-- schemagate:allow SG202 reason=\"open\nSELECT 1;", "closing double quote")]
    [InlineData("-- schemagate:allow SG202 reason=\"x\" extra\nSELECT 1;", "unexpected text")]
    [InlineData("-- schemagate:allow SG202 because\nSELECT 1;", "expected reason=")]
    [InlineData("-- schemagate:allow reason=\"x\"\nSELECT 1;", "needs a rule id")]
    [InlineData("-- schemagate:allow\nSELECT 1;", "needs a rule id")]
    [InlineData("-- schemagate:allow SG20 reason=\"x\"\nSELECT 1;", "malformed rule id \"SG20\"")]
    [InlineData("-- schemagate:allow XX202 reason=\"x\"\nSELECT 1;", "malformed rule id")]
    [InlineData("-- schemagate:allow SG202,SG2021 reason=\"x\"\nSELECT 1;", "malformed rule id \"SG2021\"")]
    [InlineData("SELECT 1;\n-- schemagate:allow SG202 reason=\"x\"", "no statement follows")]
    [InlineData("-- schemagate:allow-files SG202 reason=\"x\"\nSELECT 1;", "unknown schemagate directive \"allow-files\"")]
    [InlineData("-- schemagate:\nSELECT 1;", "empty schemagate directive")]
    [InlineData("-- schemagate:no-transaction please\nSELECT 1;", "takes no arguments")]
    public void Problems_are_reported_and_the_directive_ignored(string source, string expected)
    {
        var directives = Of(source);
        var problem = Assert.Single(directives.Problems);
        Assert.Contains(expected, problem.Message);
        Assert.Empty(directives.Allows);
        Assert.False(directives.NoTransaction);
        var line = source.StartsWith("SELECT", StringComparison.Ordinal) ? 2 : 1;
        Assert.Equal((line, 1), (problem.Line, problem.Column));
    }
}
