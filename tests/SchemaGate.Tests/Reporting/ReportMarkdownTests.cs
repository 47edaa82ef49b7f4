using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Tests.Reporting;

public sealed class ReportMarkdownTests
{
    [Fact]
    public void Refused_report_starts_with_the_verdict_then_blocking_table_with_fix_and_allow()
    {
        var md = new ReportMarkdownWriter(new Redactor()).Render(SampleReports.Mixed());
        var lines = md.Split('\n');
        Assert.StartsWith("**REFUSED**", lines.First(l => l.StartsWith("**", StringComparison.Ordinal)));

        var blocking = md.IndexOf("## Blocking findings", StringComparison.Ordinal);
        var warnings = md.IndexOf("## Warnings", StringComparison.Ordinal);
        var notices = md.IndexOf("## Notices", StringComparison.Ordinal);
        var allowed = md.IndexOf("## Allowed findings", StringComparison.Ordinal);
        var done = md.IndexOf("## What was checked", StringComparison.Ordinal);
        var notDone = md.IndexOf("## What was not checked", StringComparison.Ordinal);
        Assert.True(blocking > 0 && blocking < warnings && warnings < notices && notices < allowed && allowed < done && done < notDone, md);

        var row = lines.Single(l => l.StartsWith("| [SG101]", StringComparison.Ordinal) && md.IndexOf(l, StringComparison.Ordinal) < warnings);
        Assert.Contains("`migrations/0002_add_alerts.sql:3:5`", row);
        Assert.Contains("-- schemagate:allow SG101 reason=\"...\"", row);
        Assert.Contains("Renumber one of the files", row);
        Assert.Contains("drift not checked: no production URL", md[notDone..]);
        Assert.Contains("ephemeral PostgreSQL 16 differs from production PostgreSQL 15", md);
    }

    [Fact]
    public void Passing_report_says_pass()
    {
        var md = new ReportMarkdownWriter(new Redactor()).Render(GateReport.From([], new GateContext()));
        Assert.Contains("**PASS**", md);
        Assert.DoesNotContain("REFUSED", md);
        Assert.DoesNotContain("## Blocking findings", md);
    }

    [Fact]
    public void A_deploy_shows_its_backup_the_scripts_it_applied_where_it_failed_and_the_verification()
    {
        var context = new GateContext
        {
            Deploy = new DeploySummary
            {
                Backup = new BackupSummary("app-20261121T120000Z.dump", 4096, true, [], null),
                MigrateStatus = MigrateStatus.Failed,
                ScriptsApplied = ["migrations/0011_a.sql"],
                FailedScript = "migrations/0012_b.sql",
                NotAttempted = ["migrations/0013_c.sql"],
            },
        };
        var md = new ReportMarkdownWriter(new Redactor()).Render(GateReport.From([], context));
        var deploy = md[md.IndexOf("## Deploy", StringComparison.Ordinal)..md.IndexOf("## What was checked", StringComparison.Ordinal)];
        Assert.Contains("| Backup | app-20261121T120000Z.dump (4,096 bytes, verified by a restore) |", deploy);
        Assert.Contains("FAILED at migrations/0012_b.sql; applied before it: migrations/0011_a.sql; not attempted: migrations/0013_c.sql", deploy);
        Assert.Contains("| Verification | not run |", deploy);
    }

    [Fact]
    public void A_seed_plan_against_production_is_a_table_and_no_plan_is_no_table()
    {
        var planned = new SeedSummary("upsert", true, null, [new SeedTableSummary("public.feature_flags", "migrations/seeds/feature_flags.csv", 4, 1, 2, 1, 0)]);
        var md = new ReportMarkdownWriter(new Redactor()).Render(GateReport.From([], new GateContext { Seeds = planned }));
        Assert.Contains("## Seed plan (upsert mode)", md);
        Assert.Contains("| `public.feature_flags` | `migrations/seeds/feature_flags.csv` | 4 | 1 | 2 | 1 | 0 |", md);

        var notPlanned = planned with { Planned = false, Reason = "no production URL given" };
        Assert.DoesNotContain("## Seed plan", new ReportMarkdownWriter(new Redactor()).Render(GateReport.From([], new GateContext { Seeds = notPlanned })));
    }

    [Fact]
    public void Table_cells_cannot_break_the_table()
    {
        var md = new ReportMarkdownWriter(new Redactor()).Render(SampleReports.Mixed());
        var allowedRow = md.Split('\n').Single(l => l.StartsWith("| [SG110]", StringComparison.Ordinal));
        Assert.Contains("column \"x\" \\| does not exist<br>second line", allowedRow);
        // Five columns: six unescaped pipes.
        Assert.Equal(6, CountUnescapedPipes(allowedRow));
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("one\r\ntwo\nthree", "one<br>two<br>three")]
    [InlineData("<script>", "&lt;script&gt;")]
    public void Cell_escaping(string input, string expected) => Assert.Equal(expected, MarkdownText.Cell(input));

    private static int CountUnescapedPipes(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
            if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) count++;
        return count;
    }
}
