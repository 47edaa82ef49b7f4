using SchemaGate.Failures;
using SchemaGate.GitHub;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.GitHub;

/// <summary>What Octokit does not do by itself, proven against the fake API: retries, cancellation, GHES paths, secrets, milestones.</summary>
public sealed class GitHubClientBehaviourTests
{
    private const string Token = "ghs_faketoken_for_tests_1234";

    private static async Task<(GitHubPublishOutcome Outcome, string Log)> PublishAsync(PublisherFixture fx, CancellationToken ct = default)
    {
        var log = new StringWriter();
        var redactor = new Redactor();
        var report = SampleReports.Mixed();
        var request = GitHubPublication.From(report, new ReportMarkdownWriter(redactor).Render(report));
        var outcome = await new GitHubPublisher(redactor, log).PublishAsync(request, fx.Environment, fx.Options(), ct);
        return (outcome, log.ToString());
    }

    [Fact]
    public async Task A_5xx_that_lasts_is_tried_four_times_then_becomes_a_warning()
    {
        await using var fx = new PublisherFixture();
        fx.Api.Fail("POST", "/statuses/", 502);

        var result = await PublishAsync(fx);

        Assert.Equal(4, fx.To("POST", $"/statuses/{PublisherFixture.HeadSha}").Count());
        Assert.Equal([TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(4)], fx.Delays);
        Assert.False(result.Outcome.StatusSet);
        Assert.Contains("502", Assert.Single(result.Outcome.Warnings));
    }

    [Fact]
    public async Task A_secondary_rate_limit_403_with_retry_after_is_waited_out_and_retried()
    {
        await using var fx = new PublisherFixture();
        fx.Api.Fail("POST", "/issues/\\d+/comments$", 403, times: 1, headers: new Dictionary<string, string> { ["Retry-After"] = "5" },
            message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.");

        var result = await PublishAsync(fx);

        Assert.Equal(2, fx.To("POST", $"/issues/{PublisherFixture.PrNumber}/comments").Count());
        Assert.Equal([TimeSpan.FromSeconds(5)], fx.Delays);
        Assert.True(result.Outcome.CommentCreated);
        Assert.Empty(result.Outcome.Warnings);
    }

    [Fact]
    public async Task Cancellation_stops_before_the_next_call()
    {
        await using var fx = new PublisherFixture();
        using var cts = new CancellationTokenSource();
        fx.Api.OnRequest = r => { if (r.Method == "POST") cts.Cancel(); };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PublishAsync(fx, cts.Token));

        // The comment's POST was the last request: no check run, no status after the cancellation.
        Assert.Equal(["GET", "POST"], fx.Api.Requests.Select(r => r.Method));
        Assert.Empty(fx.To("POST", "/check-runs"));
        Assert.Empty(fx.Api.Statuses);
    }

    [Fact]
    public async Task A_cancelled_run_sends_nothing_at_all()
    {
        await using var fx = new PublisherFixture();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PublishAsync(fx, cts.Token));
        Assert.Empty(fx.Api.Requests);
    }

    [Fact]
    public async Task Github_enterprise_api_url_keeps_its_path_for_every_request()
    {
        await using var fx = new PublisherFixture();
        fx.Api.BasePath = "/api/v3";
        fx.Environment["GITHUB_API_URL"] = fx.Api.BaseUrl + "api/v3";

        var result = await PublishAsync(fx);

        Assert.Empty(result.Outcome.Warnings);
        Assert.True(result.Outcome.StatusSet);
        Assert.NotNull(result.Outcome.CheckRunId);
        Assert.NotEmpty(fx.Api.Requests);
        Assert.All(fx.Api.Requests, r => Assert.StartsWith("/api/v3/repos/acme/shop/", r.Path));
    }

    [Theory]
    [InlineData("https://ghe.example.com/api/v3", "https://ghe.example.com/api/v3/")]
    [InlineData("https://ghe.example.com/api/v3/", "https://ghe.example.com/api/v3/")]
    [InlineData("https://api.github.com", "https://api.github.com/")]
    public void The_base_address_is_the_api_url_as_given(string apiUrl, string expected)
    {
        using var api = new GitHubApi(new GitHubClientOptions { BaseUrl = apiUrl, Token = Token }, new Redactor(), CancellationToken.None);
        Assert.Equal(expected, api.Connection.BaseAddress.ToString());
    }

    [Fact]
    public async Task The_token_is_never_in_a_warning_the_log_or_an_exception()
    {
        await using var fx = new PublisherFixture();
        fx.Api.Fail("POST", "/statuses/", 422, message: $"token {Token} is not valid here");
        fx.Api.Fail("POST", "/check-runs$", 401, message: $"Bad credentials: {Token}");

        var result = await PublishAsync(fx);

        Assert.Equal(2, result.Outcome.Warnings.Count);
        Assert.All(result.Outcome.Warnings, w => Assert.DoesNotContain(Token, w));
        Assert.Contains("***", string.Join('\n', result.Outcome.Warnings));
        var logWithoutMask = string.Join('\n', result.Log.Split('\n').Where(l => !l.StartsWith("::add-mask::", StringComparison.Ordinal)));
        Assert.DoesNotContain(Token, logWithoutMask);

        fx.Api.Fail("GET", "/issues$", 500, message: $"oops {Token}");
        var e = await Assert.ThrowsAsync<InfrastructureException>(() => new DriftIssueReporter(new Redactor(), new StringWriter())
            .ReportAsync(true, "# drift", fx.Environment, fx.Options(), CancellationToken.None));
        Assert.DoesNotContain(Token, e.ToString());
        Assert.Contains("500", e.Message);
    }

    [Fact]
    public async Task A_milestone_a_person_set_on_the_drift_issue_is_never_cleared()
    {
        await using var fx = new PublisherFixture();
        fx.Api.Issues.Add(new FakeGitHubApi.Issue(12, DriftIssueSync.Title, DriftIssueSync.Marker + "\nold", "open", [DriftIssueSync.Label], Milestone: 5));
        using var api = new GitHubApi(new GitHubClientOptions { BaseUrl = fx.Api.BaseUrl, Token = Token }, new Redactor(), CancellationToken.None);
        var sync = new DriftIssueSync(api);

        Assert.Equal(DriftIssueAction.Updated, (await sync.SyncAsync("acme", "shop", true, "# drift again", CancellationToken.None)).Action);
        Assert.Equal(DriftIssueAction.Closed, (await sync.SyncAsync("acme", "shop", false, "# clean", CancellationToken.None)).Action);

        var patches = fx.To("PATCH", "/repos/acme/shop/issues/12").Select(r => r.Json!.AsObject().Select(p => p.Key).Order().ToArray()).ToArray();
        Assert.Equal([["body"], ["state", "state_reason"]], patches);
        var issue = Assert.Single(fx.Api.Issues);
        Assert.Equal(5, issue.Milestone);
        Assert.Equal("closed", issue.State);
    }

    [Fact]
    public async Task The_drift_issue_is_created_with_title_body_and_the_one_label()
    {
        await using var fx = new PublisherFixture();
        using var api = new GitHubApi(new GitHubClientOptions { BaseUrl = fx.Api.BaseUrl, Token = Token }, new Redactor(), CancellationToken.None);

        await new DriftIssueSync(api).SyncAsync("acme", "shop", true, "# drift", CancellationToken.None);

        var list = Assert.Single(fx.To("GET", "/repos/acme/shop/issues"));
        Assert.Contains("state=open", list.Query);
        Assert.Contains("labels=schema-drift", list.Query);
        var post = Assert.Single(fx.To("POST", "/repos/acme/shop/issues")).Json!;
        Assert.Equal(DriftIssueSync.Title, post["title"]!.GetValue<string>());
        Assert.StartsWith(DriftIssueSync.Marker, post["body"]!.GetValue<string>());
        Assert.Equal(["schema-drift"], post["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.False(post.AsObject().ContainsKey("milestone"));
    }
}
