using System.Text.Json;
using System.Text.Json.Nodes;

namespace SchemaGate.GitHub;

/// <summary>Keeps exactly one SchemaGate comment on a pull request, found by its hidden marker, and updates it in place.</summary>
public sealed class PullRequestComment(GitHubApiClient client)
{
    public const string Marker = "<!-- schemagate:report -->";
    /// <summary>GitHub rejects comment bodies over 65536 characters.</summary>
    public const int MaxBodyLength = 65_000;

    public sealed record Result(long Id, bool Created);

    public async Task<Result> UpsertAsync(PullRequestEvent pr, string markdown, CancellationToken ct)
    {
        var body = WithMarker(markdown);
        var repo = ApiPaths.Repo(pr.Owner, pr.Repo);
        var comments = await client.GetAllPagesAsync($"{repo}/issues/{pr.Number}/comments?per_page=100", ct);
        var existing = comments.FirstOrDefault(c =>
            c.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String && b.GetString()!.Contains(Marker, StringComparison.Ordinal));
        if (existing.ValueKind == JsonValueKind.Object && existing.TryGetProperty("id", out var idProp))
        {
            var id = idProp.GetInt64();
            await client.PatchAsync($"{repo}/issues/comments/{id}", new JsonObject { ["body"] = body }, ct);
            return new Result(id, Created: false);
        }
        var created = await client.PostAsync($"{repo}/issues/{pr.Number}/comments", new JsonObject { ["body"] = body }, ct);
        var newId = created.Body is { } b2 && b2.TryGetProperty("id", out var i) ? i.GetInt64() : 0;
        return new Result(newId, Created: true);
    }

    public static string WithMarker(string markdown)
    {
        var body = markdown.Contains(Marker, StringComparison.Ordinal) ? markdown : Marker + "\n" + markdown;
        return body.Length <= MaxBodyLength ? body : body[..MaxBodyLength] + "\n\n_(truncated: the full report is in the run's artifacts)_\n";
    }
}
