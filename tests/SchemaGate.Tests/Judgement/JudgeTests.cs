using SchemaGate.Judgement;
using SchemaGate.Findings;
using SchemaGate.Reporting;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tests.Judgement;
using SchemaGate.Tests.Reporting;

public sealed class JudgeTests
{
    private static readonly Finding Warning = MigrationFileRules.EmptyScript.Report("empty", "migrations/0003_x.sql", 1);
    private static readonly Finding Notice = MigrationFileRules.VersionGap.Report("gap");

    [Fact]
    public void An_unsuppressed_error_fails()
    {
        Assert.Equal(Verdict.Fail, Judge.Decide([SampleReports.Error(), Warning], strict: false));
    }

    [Fact]
    public void A_suppressed_error_does_not_block()
    {
        var allowed = SampleReports.Error() with { Suppressed = new Suppression(SuppressionKind.Allow, "intended") };
        Assert.Equal(Verdict.Pass, Judge.Decide([allowed, Notice], strict: false));
    }

    [Fact]
    public void Warnings_block_only_when_strict()
    {
        Assert.Equal(Verdict.Pass, Judge.Decide([Warning, Notice], strict: false));
        Assert.Equal(Verdict.Fail, Judge.Decide([Warning, Notice], strict: true));
        var allowedWarning = Warning with { Suppressed = new Suppression(SuppressionKind.Allow, "ok") };
        Assert.Equal(Verdict.Pass, Judge.Decide([allowedWarning, Notice], strict: true));
    }

    [Fact]
    public void No_findings_pass()
    {
        Assert.Equal(Verdict.Pass, Judge.Decide([], strict: true));
    }

    [Fact]
    public void Report_groups_findings_by_what_they_do_to_the_verdict()
    {
        var report = SampleReports.Mixed();
        Assert.Equal(Verdict.Fail, report.Verdict);
        Assert.Equal(["SG101"], report.Blocking.Select(f => f.RuleId));
        Assert.Equal(["SG106"], report.Warnings.Select(f => f.RuleId));
        Assert.Equal(["SG104"], report.Notices.Select(f => f.RuleId));
        Assert.Equal(["SG110"], report.Allowed.Select(f => f.RuleId));

        var strict = SampleReports.Mixed(strict: true);
        Assert.Equal(["SG101", "SG106"], strict.Blocking.Select(f => f.RuleId));
        Assert.Empty(strict.Warnings);
    }

    [Theory]
    [InlineData("16.4", "15.8", true)]
    [InlineData("15.2", "15.8", false)]
    [InlineData("15", null, false)]
    [InlineData("17beta1", "16.1 (Debian 16.1-1)", true)]
    public void Postgres_major_mismatch_warns(string? ephemeral, string? production, bool warns)
    {
        Assert.Equal(warns, new PostgresVersions(ephemeral, production).Warning is not null);
    }
}
