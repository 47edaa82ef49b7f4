using Octokit;

namespace SchemaGate.GitHub;

/// <summary>
/// Creates the SchemaGate check run with the request's annotations. GitHub takes at most 50 annotations per
/// request: the first 50 go with the POST, the rest in PATCHes of 50 (each repeats title and summary, as GitHub requires).
/// </summary>
public sealed class CheckRun(GitHubApi api)
{
    public const string Name = "SchemaGate";
    public const int AnnotationBatch = 50;
    public const int MaxSummaryLength = 65_000;
    private const int MaxTitleLength = 255;
    private const int MaxMessageLength = 60_000;

    public sealed record Result(long Id, int Annotations, int Requests);

    public async Task<Result> CreateAsync(string owner, string repo, string headSha, GitHubPublishRequest request, string? detailsUrl, CancellationToken ct)
    {
        var annotations = request.CheckAnnotations.Select(ToOctokit).ToList();
        var summary = Truncate(request.Markdown, MaxSummaryLength);
        var created = await api.CallAsync("POST check run", ct, c => c.Check.Run.Create(owner, repo, new NewCheckRun(Name, headSha)
        {
            Status = CheckStatus.Completed,
            Conclusion = request.Passed ? CheckConclusion.Success : CheckConclusion.Failure,
            DetailsUrl = detailsUrl,
            Output = Output(request.CheckTitle, summary, annotations.Take(AnnotationBatch)),
        })).ConfigureAwait(false);

        var requests = 1;
        for (var offset = AnnotationBatch; offset < annotations.Count; offset += AnnotationBatch)
        {
            var batch = annotations.Skip(offset).Take(AnnotationBatch);
            await api.CallAsync("PATCH check run", ct, c => c.Check.Run.Update(owner, repo, created.Id,
                new CheckRunUpdate { Output = Output(request.CheckTitle, summary, batch) })).ConfigureAwait(false);
            requests++;
        }
        return new Result(created.Id, annotations.Count, requests);
    }

    private static NewCheckRunOutput Output(string title, string summary, IEnumerable<NewCheckRunAnnotation> annotations) =>
        new(Truncate(title, MaxTitleLength), summary) { Annotations = annotations.ToList() };

    private static NewCheckRunAnnotation ToOctokit(CheckAnnotation a) =>
        new(a.Path, a.Line, a.Line, Level(a.Level), Truncate(a.Message, MaxMessageLength))
        {
            Title = Truncate(a.Title, MaxTitleLength),
            StartColumn = a.Column,
            EndColumn = a.Column,
            RawDetails = a.Details is null ? null : Truncate(a.Details, MaxMessageLength),
        };

    private static Octokit.CheckAnnotationLevel Level(CheckAnnotationLevel level) => level switch
    {
        CheckAnnotationLevel.Failure => Octokit.CheckAnnotationLevel.Failure,
        CheckAnnotationLevel.Warning => Octokit.CheckAnnotationLevel.Warning,
        _ => Octokit.CheckAnnotationLevel.Notice,
    };

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 3)] + "...";
}
