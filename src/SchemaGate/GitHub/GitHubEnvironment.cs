namespace SchemaGate.GitHub;

/// <summary>The GitHub Actions variables SchemaGate reads, over an injected environment dictionary.</summary>
public sealed class GitHubEnvironment(IReadOnlyDictionary<string, string?> variables)
{
    public const string DefaultApiUrl = "https://api.github.com";
    public const string DefaultServerUrl = "https://github.com";

    public IReadOnlyDictionary<string, string?> Variables { get; } = variables;

    public string? this[string name] => Variables.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v : null;

    public bool IsActions => string.Equals(this["GITHUB_ACTIONS"], "true", StringComparison.OrdinalIgnoreCase);
    public string ApiUrl => this["GITHUB_API_URL"] ?? DefaultApiUrl;
    public string ServerUrl => this["GITHUB_SERVER_URL"] ?? DefaultServerUrl;
    /// <summary>owner/name.</summary>
    public string? Repository => this["GITHUB_REPOSITORY"];
    public string? EventName => this["GITHUB_EVENT_NAME"];
    public string? EventPath => this["GITHUB_EVENT_PATH"];
    public string? Sha => this["GITHUB_SHA"];
    public string? RunId => this["GITHUB_RUN_ID"];
    public string? Token => this["GITHUB_TOKEN"];
    public string? StepSummaryPath => this["GITHUB_STEP_SUMMARY"];
    public string? OutputPath => this["GITHUB_OUTPUT"];

    public bool IsPullRequest => EventName is "pull_request" or "pull_request_target";

    /// <summary>The link to this workflow run, when the run id and repository are known.</summary>
    public string? RunUrl => Repository is { } repo && RunId is { } run
        ? $"{ServerUrl.TrimEnd('/')}/{repo}/actions/runs/{run}"
        : null;

    public static GitHubEnvironment FromProcess()
    {
        var dict = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
            dict[(string)e.Key] = e.Value as string;
        return new GitHubEnvironment(dict);
    }
}
