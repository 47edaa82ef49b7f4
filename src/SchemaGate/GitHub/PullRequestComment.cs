using Octokit;

namespace SchemaGate.GitHub;

/// <summary>Keeps exactly one SchemaGate comment on a pull request, found by its hidden marker, and updates it in place.</summary>
public sealed class PullRequestComment(GitHubApi api)
{
    public const string Marker = "<!-- schemagate:report -->";
    /// <summary>GitHub rejects comment bodies over 65536 characters.</summary>
    public const int MaxBodyLength = 65_000;
    public const int PageSize = 100;

    public sealed record Result(long Id, bool Created);

    public async Task<Result> UpsertAsync(PullRequestEvent pr, string markdown, CancellationToken ct)
    {
        var body = WithMarker(markdown);
        var comments = await api.CallAsync("GET issue comments", ct, c =>
            c.Issue.Comment.GetAllForIssue(pr.Owner, pr.Repo, pr.Number, new ApiOptions { PageSize = PageSize })).ConfigureAwait(false);
        var existing = comments.FirstOrDefault(c => c.Body?.Contains(Marker, StringComparison.Ordinal) == true);
        if (existing is not null)
        {
            await api.CallAsync("PATCH issue comment", ct, c => c.Issue.Comment.Update(pr.Owner, pr.Repo, existing.Id, body)).ConfigureAwait(false);
            return new Result(existing.Id, Created: false);
        }
        var created = await api.CallAsync("POST issue comment", ct, c => c.Issue.Comment.Create(pr.Owner, pr.Repo, pr.Number, body)).ConfigureAwait(false);
        return new Result(created.Id, Created: true);
    }

    /// <summary>The marker first, and the whole within GitHub's body limit.</summary>
    public static string WithMarker(string markdown)
    {
        var body = markdown.Contains(Marker, StringComparison.Ordinal) ? markdown : Marker + "\n" + markdown;
        return body.Length <= MaxBodyLength ? body : body[..MaxBodyLength] + "\n\n_(truncated: the full report is in the run's artifacts)_\n";
    }
}
