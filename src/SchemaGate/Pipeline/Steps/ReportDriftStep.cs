using SchemaGate.GitHub;
using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// ReportDrift: opens, updates or closes the one <c>schema-drift</c> issue from this run's drift check, with report.md
/// as its body. When drift was not checked the issue is left as it is.
/// </summary>
public sealed class ReportDriftStep(GateSettings settings, Redactor redactor, IGateLog log)
{
    public async Task<StepOutcome<DriftIssueResult?>> RunAsync(DriftSummary? drift, string markdown, CancellationToken ct)
    {
        if (drift is not { Checked: true } checkedDrift)
        {
            log.Line($"ReportDrift: drift was not checked ({drift?.Reason ?? "DiffAgainstProd did not run"}); the schema-drift issue is left as it is.");
            return new StepOutcome<DriftIssueResult?> { Result = null };
        }
        var result = await new DriftIssueReporter(redactor, log.Writer).ReportAsync(checkedDrift.Found, markdown, settings.Environment,
            new GitHubPublishOptions { Token = string.IsNullOrEmpty(settings.GitHubToken) ? null : settings.GitHubToken }, ct).ConfigureAwait(false);
        return new StepOutcome<DriftIssueResult?> { Result = result };
    }
}
