namespace SchemaGate.GitHub;

/// <summary>A check-run annotation level, as GitHub names them.</summary>
public enum CheckAnnotationLevel
{
    Notice,
    Warning,
    Failure,
}

/// <summary>One annotation of the check run, on a file.</summary>
public sealed record CheckAnnotation(string Path, int Line, CheckAnnotationLevel Level, string Title, string Message)
{
    public int? Column { get; init; }
    /// <summary>Longer help, shown folded under the annotation.</summary>
    public string? Details { get; init; }
}

/// <summary>One workflow-log annotation (<c>::error file=...::message</c>); <see cref="Level"/> is error, warning or notice.</summary>
public sealed record LogAnnotation(string Level, string Message, string? Title)
{
    public string? File { get; init; }
    public int? Line { get; init; }
    public int? Column { get; init; }
}

/// <summary>
/// Everything SchemaGate tells GitHub after a gate run, already worded: the caller maps its report to this
/// (<c>Reporting/GitHubPublication</c>), so nothing here knows what a finding or a verdict is.
/// </summary>
public sealed record GitHubPublishRequest
{
    public required bool Passed { get; init; }
    /// <summary>report.md: the PR comment, the step summary and the check run's summary.</summary>
    public required string Markdown { get; init; }
    /// <summary>The check run's title, e.g. "Refused: 2 blocking findings".</summary>
    public required string CheckTitle { get; init; }
    /// <summary>The commit status description (cut to 140 characters when sent).</summary>
    public required string StatusDescription { get; init; }
    public IReadOnlyList<CheckAnnotation> CheckAnnotations { get; init; } = [];
    public IReadOnlyList<LogAnnotation> LogAnnotations { get; init; } = [];
    /// <summary>Step outputs (GITHUB_OUTPUT), name and value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Outputs { get; init; } = [];
}
