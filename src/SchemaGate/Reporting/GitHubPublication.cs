using System.Globalization;
using SchemaGate.Findings;
using SchemaGate.GitHub;
using SchemaGate.Judgement;

namespace SchemaGate.Reporting;

/// <summary>
/// The one place a gate report becomes what GitHub is told: the check run's title and annotations, the commit
/// status, the workflow-log annotations and the step outputs. The GitHub code only sends what this returns.
/// </summary>
public static class GitHubPublication
{
    public static GitHubPublishRequest From(GateReport report, string markdown) => new()
    {
        Passed = report.Passed,
        Markdown = markdown,
        CheckTitle = report.Passed
            ? $"Passed: {report.Warnings.Count} warnings"
            : $"Refused: {report.Blocking.Count} blocking findings",
        StatusDescription = report.Passed
            ? $"Passed: {report.Warnings.Count} warnings, {report.Notices.Count} notices"
            : $"Refused: {report.Blocking.Count} blocking findings",
        // Findings on history (scripts outside the change) are in the report, not on the pull request.
        CheckAnnotations = report.Findings.Where(f => f.File is not null && f.Scope == FindingScope.Change)
            .Select(f => CheckAnnotationOf(f, report.Context.Strict)).ToArray(),
        LogAnnotations = report.Findings.Where(f => f.Suppressed is null && f.Scope == FindingScope.Change)
            .Select(f => LogAnnotationOf(f, Judge.IsBlocking(f, report.Context.Strict))).ToArray(),
        Outputs =
        [
            new("verdict", ReportText.Verdict(report.Verdict)),
            new("blocking", report.Blocking.Count.ToString(CultureInfo.InvariantCulture)),
            new("warnings", report.Warnings.Count.ToString(CultureInfo.InvariantCulture)),
        ],
    };

    /// <summary>failure for what blocks, warning for open warnings, notice for notices and allowed findings.</summary>
    public static CheckAnnotation CheckAnnotationOf(Finding f, bool strict) =>
        new(f.File!, f.Line is > 0 ? f.Line.Value : 1,
            Judge.IsBlocking(f, strict) ? CheckAnnotationLevel.Failure
            : f.Suppressed is null && f.Severity != Severity.Notice ? CheckAnnotationLevel.Warning
            : CheckAnnotationLevel.Notice,
            $"{f.RuleId} {f.Title}",
            f.Suppressed is { } s ? $"{FindingText.Describe(f)}\n(allowed: {s.Reason})" : FindingText.Describe(f))
        {
            Column = f.Column is > 0 ? f.Column : null,
            Details = f.Help,
        };

    /// <summary>error for what blocks, otherwise the severity's own level; a finding on an object names it first.</summary>
    public static LogAnnotation LogAnnotationOf(Finding finding, bool blocks) =>
        new(blocks ? "error" : finding.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" },
            finding.File is null && finding.Object is not null
                ? $"{finding.Object}: {FindingText.DescribeWithPolicy(finding)}"
                : FindingText.DescribeWithPolicy(finding),
            $"{finding.RuleId} {finding.Title}")
        {
            File = finding.File,
            Line = finding.Line,
            Column = finding.Column,
        };
}
