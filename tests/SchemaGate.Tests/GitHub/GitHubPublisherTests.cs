using SchemaGate.Findings;
using SchemaGate.GitHub;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Tests.Reporting;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tests.GitHub;

public sealed class GitHubPublisherTests
{
    private static async Task<(GitHubPublishOutcome Outcome, string Log)> PublishAsync(PublisherFixture fx, GateReport report, GitHubPublishOptions? options = null)
    {
        var log = new StringWriter();
        var redactor = new Redactor();
        var markdown = new ReportMarkdownWriter(redactor).Render(report);
        var outcome = await new GitHubPublisher(redactor, log).PublishAsync(GitHubPublication.From(report, markdown), fx.Environment, options ?? fx.Options(), CancellationToken.None);
        return (outcome, log.ToString());
    }

    [Fact]
    public async Task First_publish_creates_the_comment_second_updates_the_same_one()
    {
        await using var fx = new PublisherFixture();
        var first = await PublishAsync(fx, SampleReports.Mixed());
        var second = await PublishAsync(fx, GateReport.From([], new GateContext()));

        Assert.True(first.Outcome.CommentCreated);
        Assert.False(second.Outcome.CommentCreated);
        Assert.Equal(first.Outcome.CommentId, second.Outcome.CommentId);
        Assert.Single(fx.To("POST", $"/issues/{PublisherFixture.PrNumber}/comments"));
        var patch = Assert.Single(fx.To("PATCH", $"/issues/comments/{first.Outcome.CommentId}"));
        var comment = Assert.Single(fx.Api.Comments);
        Assert.StartsWith(PullRequestComment.Marker, comment.Body);
        Assert.Contains("**PASS**", comment.Body);
        Assert.Contains("**PASS**", patch.Json!["body"]!.GetValue<string>());

        foreach (var request in fx.Api.Requests)
        {
            // Octokit's media type (the v3 form of application/vnd.github+json).
            Assert.Equal("application/vnd.github.v3+json", request.Headers["Accept"]);
            Assert.Equal("2022-11-28", request.Headers["X-GitHub-Api-Version"]);
            Assert.StartsWith("SchemaGate", request.Headers["User-Agent"]);
            Assert.Equal("Bearer ghs_faketoken_for_tests_1234", request.Headers["Authorization"]);
        }
        Assert.Empty(first.Outcome.Warnings);
    }

    [Fact]
    public async Task The_existing_comment_is_found_across_pages()
    {
        await using var fx = new PublisherFixture();
        fx.Api.PageSize = 2;
        for (var i = 0; i < 5; i++) fx.Api.Comments.Add(new FakeGitHubApi.Comment(i + 1, PublisherFixture.PrNumber, $"human comment {i}"));
        fx.Api.Comments.Add(new FakeGitHubApi.Comment(77, PublisherFixture.PrNumber, PullRequestComment.Marker + "\nold report"));

        var result = await PublishAsync(fx, SampleReports.Mixed());

        Assert.Equal(77, result.Outcome.CommentId);
        Assert.Equal(3, fx.To("GET", $"/issues/{PublisherFixture.PrNumber}/comments").Count());
        Assert.Empty(fx.To("POST", $"/issues/{PublisherFixture.PrNumber}/comments"));
        Assert.Contains("REFUSED", fx.Api.Comments.Single(c => c.Id == 77).Body);
    }

    [Fact]
    public async Task Status_is_set_on_the_head_sha_with_the_gate_context()
    {
        await using var fx = new PublisherFixture();
        await PublishAsync(fx, SampleReports.Mixed());

        var request = Assert.Single(fx.To("POST", $"/statuses/{PublisherFixture.HeadSha}"));
        Assert.Equal("/repos/acme/shop/statuses/" + PublisherFixture.HeadSha, request.Path);
        var status = request.Json!;
        Assert.Equal("schemagate/deploy-check", status["context"]!.GetValue<string>());
        Assert.Equal("failure", status["state"]!.GetValue<string>());
        Assert.Equal("https://github.example/acme/shop/actions/runs/4242", status["target_url"]!.GetValue<string>());
        Assert.InRange(status["description"]!.GetValue<string>().Length, 1, 140);

        await PublishAsync(fx, GateReport.From([], new GateContext()));
        Assert.Equal("success", fx.Api.Statuses[^1]["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Check_run_annotations_go_in_batches_of_fifty()
    {
        await using var fx = new PublisherFixture();
        var findings = Enumerable.Range(1, 120)
            .Select(i => MigrationFileRules.EmptyScript.Report($"finding {i}", $"migrations/{i:0000}_x.sql", i, i % 3 == 0 ? 4 : null))
            .ToArray();
        var result = await PublishAsync(fx, GateReport.From(findings, new GateContext()));

        var post = Assert.Single(fx.To("POST", "/check-runs"));
        var patches = fx.To("PATCH", $"/check-runs/{result.Outcome.CheckRunId}").ToArray();
        Assert.Equal(2, patches.Length);
        Assert.Equal(3, result.Outcome.CheckRunRequests);
        var batches = new[] { post }.Concat(patches).Select(r => r.Json!["output"]!["annotations"]!.AsArray()).ToArray();
        Assert.Equal([50, 50, 20], batches.Select(b => b.Count));

        var all = batches.SelectMany(b => b).ToArray();
        for (var i = 0; i < 120; i++)
        {
            var a = all[i]!;
            Assert.Equal($"migrations/{i + 1:0000}_x.sql", a["path"]!.GetValue<string>());
            Assert.Equal(i + 1, a["start_line"]!.GetValue<int>());
            Assert.Equal(i + 1, a["end_line"]!.GetValue<int>());
            Assert.Equal("warning", a["annotation_level"]!.GetValue<string>());
            Assert.Equal((i + 1) % 3 == 0, a.AsObject().ContainsKey("start_column"));
        }
        var body = post.Json!;
        Assert.Equal(PublisherFixture.HeadSha, body["head_sha"]!.GetValue<string>());
        Assert.Equal("success", body["conclusion"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_403_on_check_runs_falls_back_to_the_status_with_a_warning()
    {
        await using var fx = new PublisherFixture();
        fx.Api.Fail("POST", "/check-runs$", 403);

        var result = await PublishAsync(fx, SampleReports.Mixed());

        Assert.Null(result.Outcome.CheckRunId);
        Assert.True(result.Outcome.StatusSet);
        Assert.Single(fx.Api.Statuses);
        var warning = Assert.Single(result.Outcome.Warnings);
        Assert.Contains("check run", warning);
        Assert.Contains("falling back to the commit status", warning);
        Assert.Contains("::warning::SchemaGate: could not create the check run", result.Log);
    }

    [Fact]
    public async Task A_502_is_retried_with_backoff_then_succeeds()
    {
        await using var fx = new PublisherFixture();
        fx.Api.Fail("POST", "/statuses/", 502, times: 2);

        var result = await PublishAsync(fx, SampleReports.Mixed());

        Assert.True(result.Outcome.StatusSet);
        Assert.Equal(3, fx.To("POST", $"/statuses/{PublisherFixture.HeadSha}").Count());
        Assert.Equal([TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2)], fx.Delays);
        Assert.Empty(result.Outcome.Warnings);
    }

    [Fact]
    public async Task A_read_only_token_gives_warnings_and_no_exception()
    {
        await using var fx = new PublisherFixture();
        foreach (var method in new[] { "GET", "POST", "PATCH" }) fx.Api.Fail(method, ".", 403);

        var result = await PublishAsync(fx, SampleReports.Mixed());

        Assert.Equal(3, result.Outcome.Warnings.Count);
        Assert.All(result.Outcome.Warnings, w => Assert.Contains("read-only", w));
        Assert.False(result.Outcome.StatusSet);
        Assert.Null(result.Outcome.CommentId);
        Assert.Empty(fx.Delays);
        Assert.True(File.Exists(fx.Environment["GITHUB_STEP_SUMMARY"]!), "the step summary is written even when the API refuses");
    }

    [Fact]
    public async Task Retry_after_is_honoured_and_capped()
    {
        await using var fx = new PublisherFixture();
        fx.Api.Fail("GET", "/comments$", 429, times: 1, headers: new Dictionary<string, string> { ["Retry-After"] = "7" });
        fx.Api.Fail("POST", "/check-runs$", 403, times: 1, headers: new Dictionary<string, string> { ["Retry-After"] = "3600" });
        var reset = DateTimeOffset.UtcNow.AddSeconds(20).ToUnixTimeSeconds();
        fx.Api.Fail("POST", "/statuses/", 403, times: 1, headers: new Dictionary<string, string>
        {
            ["x-ratelimit-remaining"] = "0",
            ["x-ratelimit-reset"] = reset.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var result = await PublishAsync(fx, SampleReports.Mixed());

        Assert.Empty(result.Outcome.Warnings);
        Assert.True(result.Outcome.StatusSet);
        Assert.NotNull(result.Outcome.CheckRunId);
        Assert.Equal(3, fx.Delays.Count);
        Assert.Equal(TimeSpan.FromSeconds(7), fx.Delays[0]);
        Assert.Equal(TimeSpan.FromSeconds(60), fx.Delays[1]);
        Assert.InRange(fx.Delays[2].TotalSeconds, 15, 22);
    }

    [Fact]
    public async Task Step_summary_and_outputs_are_written()
    {
        await using var fx = new PublisherFixture();
        var result = await PublishAsync(fx, SampleReports.Mixed());

        Assert.Contains("**REFUSED**", await File.ReadAllTextAsync(fx.Environment["GITHUB_STEP_SUMMARY"]!));
        Assert.Equal("verdict=fail\nblocking=1\nwarnings=1\n", await File.ReadAllTextAsync(fx.Environment["GITHUB_OUTPUT"]!));
        Assert.Contains("::error file=migrations/0002_add_alerts.sql,line=3,col=5,title=SG101 Duplicate migration version::", result.Log);
        Assert.Contains("::notice title=SG104 Gap in migration versions::public.schemaversions: Versions jump", result.Log);
    }

    [Fact]
    public async Task Outside_github_actions_nothing_is_published()
    {
        await using var fx = new PublisherFixture();
        fx.Environment["GITHUB_ACTIONS"] = null;
        var result = await PublishAsync(fx, SampleReports.Mixed());
        Assert.True(result.Outcome.Skipped);
        Assert.Empty(fx.Api.Requests);
        Assert.Equal("", result.Log);
    }
}
