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
    public async Task<GitHubPublishOutcome> PublishAsync(GitHubPublishRequest request,
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
        var safeMarkdown = redactor.Redact(request.Markdown);
        var safeRequest = request with { Markdown = safeMarkdown, CheckAnnotations = request.CheckAnnotations.Select(Redacted).ToArray() };

        foreach (var annotation in request.LogAnnotations) commands.Annotate(annotation);

        var warnings = new List<string>();
        void Warn(string message)
        {
            var safe = redactor.Redact(message);
            warnings.Add(safe);
            commands.Warning(safe);
        }

        if (env.StepSummaryPath is { } summaryPath)
            await ActionsFiles.AppendStepSummaryAsync(summaryPath, safeMarkdown, ct).ConfigureAwait(false);
        if (env.OutputPath is { } outputPath)
            await ActionsFiles.WriteOutputsAsync(outputPath, request.Outputs, ct).ConfigureAwait(false);

        var outcome = new GitHubPublishOutcome();
        if (!options.PublishToPullRequest || !env.IsPullRequest) return outcome with { Warnings = warnings };

        var pr = await PullRequestEvent.ReadAsync(env, ct).ConfigureAwait(false);
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

        using var api = new GitHubApi(options.Client with { BaseUrl = env.ApiUrl, Token = token }, redactor, ct);
        try
        {
            var comment = await new PullRequestComment(api).UpsertAsync(pr, safeMarkdown, ct).ConfigureAwait(false);
            outcome = outcome with { CommentId = comment.Id, CommentCreated = comment.Created };
        }
        catch (GitHubApiException e)
        {
            Warn($"SchemaGate: could not write the pull request comment ({e.Message})" + Hint(e));
        }

        try
        {
            var run = await new CheckRun(api).CreateAsync(pr.Owner, pr.Repo, pr.HeadSha, safeRequest, env.RunUrl, ct).ConfigureAwait(false);
            outcome = outcome with { CheckRunId = run.Id, CheckRunRequests = run.Requests };
        }
        catch (GitHubApiException e)
        {
            Warn($"SchemaGate: could not create the check run ({e.Message}); falling back to the commit status" + Hint(e));
        }

        try
        {
            await new CommitStatus(api).SetAsync(pr.Owner, pr.Repo, pr.HeadSha, request.Passed, redactor.Redact(request.StatusDescription), env.RunUrl, ct).ConfigureAwait(false);
            outcome = outcome with { StatusSet = true };
        }
        catch (GitHubApiException e)
        {
            Warn($"SchemaGate: could not set the commit status ({e.Message})" + Hint(e));
        }
        return outcome with { Warnings = warnings };
    }

    private CheckAnnotation Redacted(CheckAnnotation a) => a with
    {
        Path = redactor.Redact(a.Path),
        Title = redactor.Redact(a.Title),
        Message = redactor.Redact(a.Message),
        Details = a.Details is null ? null : redactor.Redact(a.Details),
    };

    private static string Hint(GitHubApiException e) => e.IsPermissionDenied
        ? "; the token is probably read-only (fork pull request) or lacks pull-requests/checks/statuses write permission"
        : "";
}
