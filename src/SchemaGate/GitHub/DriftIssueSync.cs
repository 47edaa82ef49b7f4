using System.Text.Json;
using System.Text.Json.Nodes;

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
/// </summary>
public sealed class DriftIssueSync(GitHubApiClient client)
{
    public const string Label = "schema-drift";
    public const string Marker = "<!-- schemagate:drift -->";
    public const string Title = "Production schema drift detected by SchemaGate";

    public async Task<DriftIssueResult> SyncAsync(string owner, string repo, bool driftFound, string reportMarkdown, CancellationToken ct)
    {
        var path = ApiPaths.Repo(owner, repo);
        var open = await client.GetAllPagesAsync($"{path}/issues?state=open&labels={Label}&per_page=100", ct);
        var existing = open.FirstOrDefault(IsOurs);
        int? number = existing.ValueKind == JsonValueKind.Object ? existing.GetProperty("number").GetInt32() : null;
        var body = PullRequestComment.WithMarker(reportMarkdown).Replace(PullRequestComment.Marker, Marker, StringComparison.Ordinal);

        if (driftFound)
        {
            if (number is { } n)
            {
                await client.PatchAsync($"{path}/issues/{n}", new JsonObject { ["body"] = body }, ct);
                return new DriftIssueResult(DriftIssueAction.Updated, n);
            }
            var created = await client.PostAsync($"{path}/issues", new JsonObject
            {
                ["title"] = Title,
                ["body"] = body,
                ["labels"] = new JsonArray(Label),
            }, ct);
            var newNumber = created.Body is { } b && b.TryGetProperty("number", out var np) ? np.GetInt32() : (int?)null;
            return new DriftIssueResult(DriftIssueAction.Opened, newNumber);
        }

        if (number is { } closing)
        {
            await client.PostAsync($"{path}/issues/{closing}/comments", new JsonObject
            {
                ["body"] = $"{Marker}\nSchemaGate no longer finds drift: production matches its migration history. Closing.",
            }, ct);
            await client.PatchAsync($"{path}/issues/{closing}", new JsonObject { ["state"] = "closed", ["state_reason"] = "completed" }, ct);
            return new DriftIssueResult(DriftIssueAction.Closed, closing);
        }
        return new DriftIssueResult(DriftIssueAction.None, null);
    }

    private static bool IsOurs(JsonElement issue) =>
        issue.ValueKind == JsonValueKind.Object
        && !issue.TryGetProperty("pull_request", out _)
        && issue.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String
        && body.GetString()!.Contains(Marker, StringComparison.Ordinal);
}
