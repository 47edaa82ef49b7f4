using SchemaGate.GitHub;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline;

/// <summary>ReportDrift: the nightly drift check's GitHub issue.</summary>
public sealed partial class GateRun
{
    /// <summary>
    /// Opens, updates or closes the one <c>schema-drift</c> issue from this run's drift check, with report.md as its
    /// body. When drift was not checked (no production URL, or DiffAgainstProd failed) the issue is left as it is.
    /// </summary>
    public async Task<DriftIssueResult?> ReportDriftAsync(IReadOnlyList<TargetRun> targets, IReadOnlyDictionary<string, string?> environment,
        GitHubPublishOptions options, CancellationToken ct)
    {
        if (DriftSummary is not { Checked: true } drift)
        {
            output.WriteLine($"ReportDrift: drift was not checked ({DriftSummary?.Reason ?? "DiffAgainstProd did not run"}); the schema-drift issue is left as it is.");
            return null;
        }
        var markdown = ReportFiles is { } files && File.Exists(files.Markdown)
            ? await File.ReadAllTextAsync(files.Markdown, ct).ConfigureAwait(false)
            : new ReportMarkdownWriter(Redactor).Render(Report ?? ComposeReport(targets));
        return await new DriftIssueReporter(Redactor, output).ReportAsync(drift.Found, markdown, environment, options, ct).ConfigureAwait(false);
    }
}
