using SchemaGate.Failures;
using SchemaGate.GitHub;
using SchemaGate.Security;

namespace SchemaGate.Tests.GitHub;

/// <summary>The ReportDrift step against the fake GitHub API, as the nightly drift workflow runs it.</summary>
public sealed class DriftIssueReporterTests
{
    [Fact]
    public async Task Nightly_runs_open_the_issue_once_update_it_then_close_it_when_drift_is_gone()
    {
        await using var fx = new PublisherFixture();
        fx.Environment["GITHUB_EVENT_NAME"] = "schedule";
        var log = new StringWriter();
        var reporter = new DriftIssueReporter(new Redactor(), log);

        var first = await reporter.ReportAsync(true, "# drift: public.audit added", fx.Environment, fx.Options(), CancellationToken.None);
        var second = await reporter.ReportAsync(true, "# drift: public.audit and public.tmp added", fx.Environment, fx.Options(), CancellationToken.None);

        Assert.Equal(DriftIssueAction.Opened, first!.Action);
        Assert.Equal(DriftIssueAction.Updated, second!.Action);
        Assert.Equal(first.Number, second.Number);
        var issue = Assert.Single(fx.Api.Issues);
        Assert.Equal([DriftIssueSync.Label], issue.Labels);
        Assert.Contains("public.tmp added", issue.Body);
        Assert.Single(fx.To("POST", "/repos/acme/shop/issues"));
        Assert.Contains($"opened issue #{first.Number}", log.ToString());
        Assert.Contains($"updated issue #{first.Number}", log.ToString());

        var gone = await reporter.ReportAsync(false, "# no drift", fx.Environment, fx.Options(), CancellationToken.None);
        Assert.Equal(DriftIssueAction.Closed, gone!.Action);
        Assert.Equal("closed", Assert.Single(fx.Api.Issues).State);
        Assert.Contains("drift is gone", log.ToString());
        Assert.Contains("::add-mask::ghs_faketoken_for_tests_1234", log.ToString());
        Assert.DoesNotContain("ghs_faketoken_for_tests_1234", string.Join('\n', log.ToString().Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Without_a_token_it_says_so_and_sends_nothing()
    {
        await using var fx = new PublisherFixture();
        fx.Environment.Remove("GITHUB_TOKEN");
        var log = new StringWriter();

        var result = await new DriftIssueReporter(new Redactor(), log).ReportAsync(true, "# drift", fx.Environment, fx.Options(), CancellationToken.None);

        Assert.Null(result);
        Assert.Empty(fx.Api.Requests);
        Assert.Contains("no GitHub token", log.ToString());
        Assert.Contains("not opened or updated", log.ToString());
    }

    [Fact]
    public async Task A_token_without_issues_write_is_an_infrastructure_failure_that_names_the_permission()
    {
        await using var fx = new PublisherFixture();
        fx.Api.Fail("POST", "/issues$", 403);

        var e = await Assert.ThrowsAsync<InfrastructureException>(() =>
            new DriftIssueReporter(new Redactor(), new StringWriter()).ReportAsync(true, "# drift", fx.Environment, fx.Options(), CancellationToken.None));

        Assert.Equal(ExitCodes.Infrastructure, e.ExitCode);
        Assert.Contains("issues: write", e.Message);
        Assert.Empty(fx.Api.Issues);
    }
}
