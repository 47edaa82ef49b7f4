using System.Text.Json.Nodes;
using SchemaGate.Findings;
using SchemaGate.Reporting;

namespace SchemaGate.GitHub;

/// <summary>
/// Creates the SchemaGate check run with one annotation per finding that has a file. GitHub takes at most 50
/// annotations per request: the first 50 go with the POST, the rest in PATCHes of 50.
/// </summary>
public sealed class CheckRun(GitHubApiClient client)
{
    public const string Name = "SchemaGate";
    public const int AnnotationBatch = 50;
    public const int MaxSummaryLength = 65_000;

    public sealed record Result(long Id, int Annotations, int Requests);

    public async Task<Result> CreateAsync(string owner, string repo, string headSha, GateReport report, string summaryMarkdown, string? detailsUrl, CancellationToken ct)
    {
        var annotations = report.Findings.Where(f => f.File is not null && f.Scope == FindingScope.Change).Select(f => Annotation(f, report.Context.Strict)).ToList();
        var title = report.Passed
            ? $"Passed: {report.Warnings.Count} warnings"
            : $"Refused: {report.Blocking.Count} blocking findings";
        var summary = summaryMarkdown.Length <= MaxSummaryLength ? summaryMarkdown : summaryMarkdown[..MaxSummaryLength];
        var path = $"{ApiPaths.Repo(owner, repo)}/check-runs";

        var first = new JsonObject
        {
            ["name"] = Name,
            ["head_sha"] = headSha,
            ["status"] = "completed",
            ["conclusion"] = report.Passed ? "success" : "failure",
            ["output"] = Output(title, summary, annotations.Take(AnnotationBatch)),
        };
        if (detailsUrl is not null) first["details_url"] = detailsUrl;
        var created = await client.PostAsync(path, first, ct);
        var id = created.Body is { } b && b.TryGetProperty("id", out var idProp) ? idProp.GetInt64() : 0;

        var requests = 1;
        for (var offset = AnnotationBatch; offset < annotations.Count; offset += AnnotationBatch)
        {
            var batch = annotations.Skip(offset).Take(AnnotationBatch);
            await client.PatchAsync($"{path}/{id}", new JsonObject { ["output"] = Output(title, summary, batch) }, ct);
            requests++;
        }
        return new Result(id, annotations.Count, requests);
    }

    private static JsonObject Output(string title, string summary, IEnumerable<JsonObject> annotations) => new()
    {
        ["title"] = title,
        ["summary"] = summary,
        ["annotations"] = new JsonArray(annotations.Select(a => (JsonNode)a.DeepClone()).ToArray()),
    };

    public static JsonObject Annotation(Finding f, bool strict)
    {
        var line = f.Line is > 0 ? f.Line.Value : 1;
        var annotation = new JsonObject
        {
            ["path"] = f.File,
            ["start_line"] = line,
            ["end_line"] = line,
            ["annotation_level"] = Level(f, strict),
            ["title"] = Truncate($"{f.RuleId} {f.Title}", 255),
            ["message"] = Truncate(f.Suppressed is { } s ? $"{FindingText.Describe(f)}\n(allowed: {s.Reason})" : FindingText.Describe(f), 60_000),
        };
        if (f.Column is > 0)
        {
            annotation["start_column"] = f.Column.Value;
            annotation["end_column"] = f.Column.Value;
        }
        if (f.Help is not null) annotation["raw_details"] = Truncate(f.Help, 60_000);
        return annotation;
    }

    /// <summary>failure for what blocks, warning for open warnings, notice for notices and allowed findings.</summary>
    public static string Level(Finding f, bool strict) =>
        Judgement.Judge.IsBlocking(f, strict) ? "failure"
        : f.Suppressed is null && f.Severity != Severity.Notice ? "warning"
        : "notice";

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 3)] + "...";
}
