using System.Text.RegularExpressions;
using SchemaGate.Policy;
using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.Policy;

/// <summary>docs/schemas/policy.schema.json and docs/policy.md agree with the reader: every example is valid for both.</summary>
public sealed partial class PolicySchemaTests
{
    private static string SchemaPath => Path.Combine(ExternalTools.RepoRoot, "docs", "schemas", "policy.schema.json");

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [Fact]
    public async Task Every_example_in_the_policy_docs_matches_the_schema_and_is_read_by_SchemaGate()
    {
        var docs = await File.ReadAllTextAsync(Path.Combine(ExternalTools.RepoRoot, "docs", "policy.md"));
        var examples = JsonBlock().Matches(docs).Select(m => m.Groups[1].Value).ToArray();
        Assert.True(examples.Length >= 2, "docs/policy.md should show a general and a Supabase example");

        using var dir = new TempDirectory();
        for (var i = 0; i < examples.Length; i++)
        {
            var file = dir.File($"example{i}.json");
            await File.WriteAllTextAsync(file, examples[i]);
            await ExternalTools.AssertValidJsonAsync(SchemaPath, file);
            var policy = PolicyReader.Parse(examples[i], $"docs/policy.md example {i + 1}");
            Assert.True(policy.Rules.Count > 0 || policy.Drift.ExcludeSchemas.Count > 0);
        }
        var supabase = PolicyReader.Parse(examples.Single(e => e.Contains("\"auth\"", StringComparison.Ordinal)), "supabase");
        Assert.Contains("storage", supabase.Drift.ExcludeSchemas);
        Assert.Contains("realtime", supabase.Drift.ExcludeSchemas);
        Assert.Contains("graphql", supabase.Drift.ExcludeSchemas);
    }

    [Theory]
    [InlineData("{\"rules\": {\"SG301\": \"fatal\"}}")]
    [InlineData("{\"rule\": {}}")]
    [InlineData("{\"rules\": {\"301\": \"error\"}}")]
    [InlineData("{\"drift\": {\"excludeSchemas\": \"auth\"}}")]
    [InlineData("{\"strict\": \"yes\"}")]
    public async Task The_schema_rejects_what_SchemaGate_refuses(string json)
    {
        using var dir = new TempDirectory();
        var file = dir.File("bad.json");
        await File.WriteAllTextAsync(file, json);
        var run = await ExternalTools.RunAsync("ajv", "validate", "--spec=draft2020", "--strict=false", "-s", SchemaPath, "-d", file);
        Assert.True(run.ExitCode != 0, $"ajv accepted {json}");
        Assert.Throws<SchemaGate.Failures.UsageException>(() => PolicyReader.Parse(json, "bad.json"));
    }
}
