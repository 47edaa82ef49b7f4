using SchemaGate.GitHub;
using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.GitHub;

/// <summary>A pull_request run on GitHub Actions pointed at the fake API, with its files in a temp folder.</summary>
internal sealed class PublisherFixture : IAsyncDisposable
{
    public const string HeadSha = "0123456789abcdef0123456789abcdef01234567";
    public const int PrNumber = 7;

    public FakeGitHubApi Api { get; } = new();
    public TempDirectory Dir { get; } = new();
    public List<TimeSpan> Delays { get; } = [];
    public Dictionary<string, string?> Environment { get; }

    public PublisherFixture()
    {
        File.WriteAllText(Dir.File("event.json"),
            "{\"action\":\"synchronize\",\"number\":" + PrNumber + ",\"pull_request\":{\"number\":" + PrNumber + ",\"head\":{\"sha\":\"" + HeadSha + "\"}}}");
        Environment = new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_API_URL"] = Api.BaseUrl.TrimEnd('/'),
            ["GITHUB_SERVER_URL"] = "https://github.example",
            ["GITHUB_REPOSITORY"] = "acme/shop",
            ["GITHUB_EVENT_NAME"] = "pull_request",
            ["GITHUB_EVENT_PATH"] = Dir.File("event.json"),
            ["GITHUB_RUN_ID"] = "4242",
            ["GITHUB_STEP_SUMMARY"] = Dir.File("summary.md"),
            ["GITHUB_OUTPUT"] = Dir.File("output.txt"),
            ["GITHUB_TOKEN"] = "ghs_faketoken_for_tests_1234",
        };
    }

    public GitHubPublishOptions Options(string? token = null) => new()
    {
        Token = token,
        Client = new GitHubClientOptions
        {
            BaseDelay = TimeSpan.FromMilliseconds(1),
            Delay = (delay, _) =>
            {
                lock (Delays) Delays.Add(delay);
                return Task.CompletedTask;
            },
        },
    };

    public IEnumerable<RecordedRequest> To(string method, string pathSuffix) =>
        Api.Requests.Where(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        Dir.Dispose();
    }
}
