using Octokit;

namespace SchemaGate.GitHub;

/// <summary>What the drift issue sync did.</summary>
public enum DriftIssueAction
{
    None,
    Opened,
    Updated,
    Closed,
}

public sealed record DriftIssueResult(DriftIssueAction Action, int? Number);

/// <summary>
/// Keeps one open issue labelled <c>schema-drift</c> while production drifts from its history: opened when drift
/// appears, its body refreshed while it lasts (never a duplicate), closed with a comment when drift is gone.
/// Updates are SchemaGate's own PATCH bodies with only the fields it means to change: Octokit's <c>IssueUpdate</c>
/// always sends <c>"milestone": null</c>, which would clear a milestone a person set on the issue.
/// </summary>
public sealed class DriftIssueSync(GitHubApi api)
{
    public const string Label = "schema-drift";
    public const string Marker = "<!-- schemagate:drift -->";
    public const string Title = "Production schema drift detected by SchemaGate";

    public async Task<DriftIssueResult> SyncAsync(string owner, string repo, bool driftFound, string reportMarkdown, CancellationToken ct)
    {
        var request = new RepositoryIssueRequest { State = ItemStateFilter.Open };
        request.Labels.Add(Label);
        var open = await api.CallAsync("GET issues", ct, c =>
            c.Issue.GetAllForRepository(owner, repo, request, new ApiOptions { PageSize = 100 })).ConfigureAwait(false);
        var existing = open.FirstOrDefault(i => i.PullRequest is null && i.Body?.Contains(Marker, StringComparison.Ordinal) == true);
        var body = PullRequestComment.WithMarker(reportMarkdown).Replace(PullRequestComment.Marker, Marker, StringComparison.Ordinal);

        if (driftFound)
        {
            if (existing is not null)
            {
                await PatchAsync(owner, repo, existing.Number, new Dictionary<string, string> { ["body"] = body }, ct).ConfigureAwait(false);
                return new DriftIssueResult(DriftIssueAction.Updated, existing.Number);
            }
            var issue = new NewIssue(Title) { Body = body };
            issue.Labels.Add(Label);
            var created = await api.CallAsync("POST issue", ct, c => c.Issue.Create(owner, repo, issue)).ConfigureAwait(false);
            return new DriftIssueResult(DriftIssueAction.Opened, created.Number);
        }

        if (existing is not null)
        {
            await api.CallAsync("POST issue comment", ct, c => c.Issue.Comment.Create(owner, repo, existing.Number,
                $"{Marker}\nSchemaGate no longer finds drift: production matches its migration history. Closing.")).ConfigureAwait(false);
            await PatchAsync(owner, repo, existing.Number, new Dictionary<string, string> { ["state"] = "closed", ["state_reason"] = "completed" }, ct).ConfigureAwait(false);
            return new DriftIssueResult(DriftIssueAction.Closed, existing.Number);
        }
        return new DriftIssueResult(DriftIssueAction.None, null);
    }

    /// <summary>PATCH /repos/{owner}/{repo}/issues/{number} with exactly these fields.</summary>
    private Task PatchAsync(string owner, string repo, int number, IReadOnlyDictionary<string, string> fields, CancellationToken ct) =>
        api.CallAsync("PATCH issue", ct, _ => api.Connection.Patch<Issue>(GitHubApi.Endpoint("repos", owner, repo, "issues", number), fields));
}
