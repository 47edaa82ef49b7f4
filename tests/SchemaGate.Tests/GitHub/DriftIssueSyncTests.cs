using SchemaGate.GitHub;
using SchemaGate.Security;

namespace SchemaGate.Tests.GitHub;

public sealed class DriftIssueSyncTests
{
    [Fact]
    public async Task Drift_opens_one_issue_updates_it_and_closes_it_when_gone()
    {
        await using var fx = new PublisherFixture();
        using var api = new GitHubApi(new GitHubClientOptions { BaseUrl = fx.Api.BaseUrl, Token = "ghs_faketoken_for_tests_1234" }, new Redactor(), CancellationToken.None);
        var sync = new DriftIssueSync(api);
        fx.Api.Issues.Add(new FakeGitHubApi.Issue(3, "unrelated", "someone else's issue", "open", [DriftIssueSync.Label]));

        var opened = await sync.SyncAsync("acme", "shop", driftFound: true, "# drift report one", CancellationToken.None);
        var updated = await sync.SyncAsync("acme", "shop", driftFound: true, "# drift report two", CancellationToken.None);

        Assert.Equal(DriftIssueAction.Opened, opened.Action);
        Assert.Equal(DriftIssueAction.Updated, updated.Action);
        Assert.Equal(opened.Number, updated.Number);
        Assert.Single(fx.To("POST", "/repos/acme/shop/issues"));
        var ours = fx.Api.Issues.Single(i => i.Number == opened.Number);
        Assert.Equal(["schema-drift"], ours.Labels);
        Assert.Contains("# drift report two", ours.Body);
        Assert.Contains(DriftIssueSync.Marker, ours.Body);

        var closed = await sync.SyncAsync("acme", "shop", driftFound: false, "# clean", CancellationToken.None);
        Assert.Equal(DriftIssueAction.Closed, closed.Action);
        Assert.Equal("closed", fx.Api.Issues.Single(i => i.Number == opened.Number).State);
        Assert.Equal("open", fx.Api.Issues.Single(i => i.Number == 3).State);
        Assert.Single(fx.To("POST", $"/issues/{opened.Number}/comments"));

        var nothing = await sync.SyncAsync("acme", "shop", driftFound: false, "# clean", CancellationToken.None);
        Assert.Equal(DriftIssueAction.None, nothing.Action);
    }
}
