using SchemaGate.Findings;
using SchemaGate.Judgement;
using SchemaGate.Rules;
using SchemaGate.Tests.Rules;

namespace SchemaGate.Tests.Judgement;

public class AllowDirectivesTests
{
    private static IReadOnlyList<Finding> Resolve(string sql)
    {
        var set = Scripts.Set(Scripts.Up(sql));
        return AllowDirectives.Apply(MigrationLinter.Lint(set), AllowDirectives.From(set), Analyses.Static | Analyses.Traced);
    }

    [Fact]
    public void Statement_level_allow_suppresses_its_statement_only_and_records_reason_and_line()
    {
        const string sql = "ALTER TABLE a DROP COLUMN x;\n-- schemagate:allow SG202 reason=\"moved to b in 0014\"\nALTER TABLE alerts DROP COLUMN payload;";
        var findings = Resolve(sql);
        var allowed = Assert.Single(findings, f => f.Object == "public.alerts.payload");
        Assert.Equal(new Suppression(SuppressionKind.Allow, "moved to b in 0014", "migrations/0001_change.sql", 2), allowed.Suppressed);
        Assert.False(Judge.IsBlocking(allowed, strict: false));
        var other = Assert.Single(findings, f => f.Object == "public.a.x");
        Assert.Null(other.Suppressed);
        Assert.True(Judge.IsBlocking(other, strict: false));
        Assert.DoesNotContain(findings, f => f.RuleId is "SG107" or "SG108");
    }

    [Fact]
    public void File_level_allow_suppresses_every_finding_of_its_rule_in_the_file()
    {
        const string sql = "-- schemagate:allow-file SG301 reason=\"tables are tiny\"\nCREATE INDEX i1 ON a (x);\nCREATE INDEX i2 ON b (y);\nDROP TABLE c;";
        var findings = Resolve(sql);
        var indexes = findings.Where(f => f.RuleId == "SG301").ToList();
        Assert.Equal(2, indexes.Count);
        Assert.All(indexes, f => Assert.Equal(new Suppression(SuppressionKind.Allow, "tables are tiny", "migrations/0001_change.sql", 1), f.Suppressed));
        Assert.Null(Assert.Single(findings, f => f.RuleId == "SG201").Suppressed);
    }

    [Fact]
    public void Allow_for_another_rule_does_not_suppress_and_is_reported_unused()
    {
        var findings = Resolve("-- schemagate:allow SG201 reason=\"wrong rule\"\nALTER TABLE alerts DROP COLUMN payload;");
        Assert.Null(Assert.Single(findings, f => f.RuleId == "SG202").Suppressed);
        var unused = Assert.Single(findings, f => f.RuleId == "SG108");
        Assert.Equal((1, 1), (unused.Line, unused.Column));
        Assert.Equal(Severity.Warning, unused.Severity);
    }

    [Fact]
    public void Allow_on_the_wrong_statement_is_unused()
    {
        var findings = Resolve("-- schemagate:allow SG202 reason=\"x\"\nSELECT 1;\nALTER TABLE alerts DROP COLUMN payload;");
        Assert.Null(Assert.Single(findings, f => f.RuleId == "SG202").Suppressed);
        Assert.Single(findings, f => f.RuleId == "SG108");
    }

    [Fact]
    public void Allow_of_an_unknown_rule_is_SG107_and_not_also_SG108()
    {
        var findings = Resolve("SELECT 1;\n  -- schemagate:allow SG299 reason=\"typo\"\nDROP TABLE t;");
        var bad = Assert.Single(findings, f => f.RuleId == "SG107");
        Assert.Equal((2, 3), (bad.Line, bad.Column));
        Assert.Contains("SG299", bad.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId == "SG108");
        Assert.Null(Assert.Single(findings, f => f.RuleId == "SG201").Suppressed);
    }

    [Fact]
    public void Allow_inside_a_multi_line_statement_covers_findings_on_later_lines()
    {
        var findings = Resolve("ALTER TABLE alerts\n  ADD COLUMN x int,\n  -- schemagate:allow SG202 reason=\"unused since 0009\"\n  DROP COLUMN payload;");
        Assert.NotNull(Assert.Single(findings, f => f.RuleId == "SG202").Suppressed);
    }

    [Fact]
    public void Down_scripts_are_not_linted()
    {
        var down = Scripts.Up("DROP TABLE alerts;", file: "0001_change.down.sql");
        var set = Scripts.Set(Scripts.Up("CREATE TABLE alerts (id int);") with { Down = down });
        Assert.Empty(MigrationLinter.Lint(set));
    }
}
