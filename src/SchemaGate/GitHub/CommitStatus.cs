using System.Text.Json.Nodes;

namespace SchemaGate.GitHub;

/// <summary>Sets the <c>schemagate/deploy-check</c> commit status on a commit.</summary>
public sealed class CommitStatus(GitHubApiClient client)
{
    public const string Context = "schemagate/deploy-check";
    public const int MaxDescriptionLength = 140;

    public async Task SetAsync(string owner, string repo, string sha, bool success, string description, string? targetUrl, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["state"] = success ? "success" : "failure",
            ["context"] = Context,
            ["description"] = Shorten(description),
        };
        if (targetUrl is not null) body["target_url"] = targetUrl;
        await client.PostAsync($"{ApiPaths.Repo(owner, repo)}/statuses/{Uri.EscapeDataString(sha)}", body, ct);
    }

    public static string Shorten(string text)
    {
        var oneLine = text.Replace('\n', ' ').Replace('\r', ' ').Trim();
        return oneLine.Length <= MaxDescriptionLength ? oneLine : oneLine[..(MaxDescriptionLength - 3)] + "...";
    }
}
