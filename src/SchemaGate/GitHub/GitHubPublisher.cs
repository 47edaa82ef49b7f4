using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.GitHub;

/// <summary>
/// Everything SchemaGate tells GitHub after a gate run, when GITHUB_ACTIONS is true: annotations in the log, the
/// step summary, step outputs, and on pull requests one upserted comment, a check run with annotations and a commit
/// status. Publishing never changes the verdict or the exit code: any API failure (a read-only token on a fork,
/// an outage) becomes a warning.
/// </summary>
public sealed class GitHubPublisher(Redactor redactor, TextWriter log)
{
    public async Task<GitHubPublishOutcome> PublishAsync(GateReport report, string markdown,
        IReadOnlyDictionary<string, string?> environment, GitHubPublishOptions options, CancellationToken ct)
    {
        var env = new GitHubEnvironment(environment);
        if (!env.IsActions) return new GitHubPublishOutcome { Skipped = true };

        var commands = new WorkflowCommands(log, redactor);
        var token = options.Token ?? env.Token;
        if (token is not null)
        {
            commands.AddMask(token);
            redactor.Add(token);
        }
        var safeMarkdown = redactor.Redact(markdown);

        foreach (var finding in report.Findings.Where(f => f.Suppressed is null && f.Scope == Findings.FindingScope.Change))
            commands.Annotate(finding, Judgement.Judge.IsBlocking(finding, report.Context.Strict));

        var warnings = new List<string>();
        void Warn(string message)
        {
            var safe = redactor.Redact(message);
            warnings.Add(safe);
            commands.Warning(safe);
        }

        if (env.StepSummaryPath is { } summaryPath)
            await ActionsFiles.AppendStepSummaryAsync(summaryPath, safeMarkdown, ct);
        if (env.OutputPath is { } outputPath)
        {
            await ActionsFiles.WriteOutputsAsync(outputPath,
            [
                new("verdict", ReportText.Verdict(report.Verdict)),
                new("blocking", report.Blocking.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("warnings", report.Warnings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ], ct);
        }

        var outcome = new GitHubPublishOutcome();
        if (!options.PublishToPullRequest || !env.IsPullRequest) return outcome with { Warnings = warnings };

        var pr = await PullRequestEvent.ReadAsync(env, ct);
        if (pr is null)
        {
            Warn("SchemaGate: pull request details not found in GITHUB_EVENT_PATH; PR comment, check run and status skipped");
            return outcome with { Warnings = warnings };
        }
        if (token is null)
        {
            Warn("SchemaGate: no GitHub token (--github-token or GITHUB_TOKEN); PR comment, check run and status skipped");
            return outcome with { Warnings = warnings };
        }

        var http = options.HttpClient ?? new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            var client = new GitHubApiClient(http, options.Client with { BaseUrl = env.ApiUrl, Token = token }, redactor);

            try
            {
                var comment = await new PullRequestComment(client).UpsertAsync(pr, safeMarkdown, ct);
                outcome = outcome with { CommentId = comment.Id, CommentCreated = comment.Created };
            }
            catch (GitHubApiException e)
            {
                Warn($"SchemaGate: could not write the pull request comment ({e.Message})" + Hint(e));
            }

            try
            {
                var run = await new CheckRun(client).CreateAsync(pr.Owner, pr.Repo, pr.HeadSha, report, safeMarkdown, env.RunUrl, ct);
                outcome = outcome with { CheckRunId = run.Id, CheckRunRequests = run.Requests };
            }
            catch (GitHubApiException e)
            {
                Warn($"SchemaGate: could not create the check run ({e.Message}); falling back to the commit status" + Hint(e));
            }

            try
            {
                var description = report.Passed
                    ? $"Passed: {report.Warnings.Count} warnings, {report.Notices.Count} notices"
                    : $"Refused: {report.Blocking.Count} blocking findings";
                await new CommitStatus(client).SetAsync(pr.Owner, pr.Repo, pr.HeadSha, report.Passed, description, env.RunUrl, ct);
                outcome = outcome with { StatusSet = true };
            }
            catch (GitHubApiException e)
            {
                Warn($"SchemaGate: could not set the commit status ({e.Message})" + Hint(e));
            }
        }
        finally
        {
            if (options.HttpClient is null) http.Dispose();
        }
        return outcome with { Warnings = warnings };
    }

    private static string Hint(GitHubApiException e) => e.IsPermissionDenied
        ? "; the token is probably read-only (fork pull request) or lacks pull-requests/checks/statuses write permission"
        : "";
}
