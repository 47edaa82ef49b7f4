using SchemaGate.Failures;
using SchemaGate.Security;

namespace SchemaGate.GitHub;

/// <summary>
/// The ReportDrift step: with a token and GITHUB_REPOSITORY, keeps the one <c>schema-drift</c> issue in step with the
/// drift check (<see cref="DriftIssueSync"/>). Without them it says so and changes nothing. An API failure is an
/// infrastructure failure (exit 3): on the nightly drift workflow the issue is the point of the run.
/// </summary>
public sealed class DriftIssueReporter(Redactor redactor, TextWriter log)
{
    public async Task<DriftIssueResult?> ReportAsync(bool driftFound, string reportMarkdown,
        IReadOnlyDictionary<string, string?> environment, GitHubPublishOptions options, CancellationToken ct)
    {
        var env = new GitHubEnvironment(environment);
        var token = options.Token ?? env.Token;
        if (token is null)
        {
            log.WriteLine("ReportDrift: no GitHub token (--github-token or GITHUB_TOKEN), so the schema-drift issue was not " +
                          $"{(driftFound ? "opened or updated" : "checked")}. Drift {(driftFound ? "was found" : "was not found")}; see report.md.");
            return null;
        }
        redactor.Add(token);
        if (env.IsActions) new WorkflowCommands(log, redactor).AddMask(token);
        if (env.Repository?.Split('/') is not [var owner, var repo] || owner.Length == 0 || repo.Length == 0)
        {
            log.WriteLine("ReportDrift: GITHUB_REPOSITORY (owner/name) is not set, so the schema-drift issue was not touched.");
            return null;
        }

        try
        {
            using var api = new GitHubApi(options.Client with { BaseUrl = env.ApiUrl, Token = token }, redactor, ct);
            var result = await new DriftIssueSync(api).SyncAsync(owner, repo, driftFound, redactor.Redact(reportMarkdown), ct).ConfigureAwait(false);
            log.WriteLine(result.Action switch
            {
                DriftIssueAction.Opened => $"ReportDrift: opened issue #{result.Number} ({DriftIssueSync.Label}) in {env.Repository}.",
                DriftIssueAction.Updated => $"ReportDrift: updated issue #{result.Number} ({DriftIssueSync.Label}) in {env.Repository}.",
                DriftIssueAction.Closed => $"ReportDrift: drift is gone; closed issue #{result.Number} in {env.Repository}.",
                _ => $"ReportDrift: no drift and no open {DriftIssueSync.Label} issue in {env.Repository}; nothing to do.",
            });
            return result;
        }
        catch (GitHubApiException e)
        {
            var hint = e.IsPermissionDenied ? "; the token needs the issues: write permission" : "";
            throw new InfrastructureException(redactor.Redact($"ReportDrift: could not sync the {DriftIssueSync.Label} issue ({e.Message}){hint}"), e);
        }
    }
}
