using SchemaGate.Failures;
using SchemaGate.Policy;

namespace SchemaGate.Tests.Policy;

public sealed class PolicyReaderTests
{
    private const string File = "schemagate.policy.json";

    [Fact]
    public void Reads_rules_strict_and_drift_lists_with_the_line_of_each_rule()
    {
        var policy = PolicyReader.Parse("""
            {
              "$schema": "./docs/schemas/policy.schema.json",
              // comments are tolerated
              "rules": {
                "SG301": "error",
                "sg104": "off",
                "SG313": "notice",
                "SG307": "warning",
              },
              "strict": true,
              "drift": {
                "includeSchemas": ["public", "app_*"],
                "excludeSchemas": ["auth", "storage"],
                "ignoreObjects": ["public.legacy_*", "function:public.pg_stat_*"]
              }
            }
            """, File);

        Assert.Equal(File, policy.Source);
        Assert.Equal(new RuleSetting("SG301", RuleLevel.Error, 5), policy.Rules["SG301"]);
        Assert.Equal(new RuleSetting("SG104", RuleLevel.Off, 6), policy.Rules["SG104"]);
        Assert.Equal(RuleLevel.Notice, policy.Rules["SG313"].Level);
        Assert.Equal(RuleLevel.Warning, policy.Rules["SG307"].Level);
        Assert.True(policy.Strict);
        Assert.Equal(["public", "app_*"], policy.Drift.IncludeSchemas);
        Assert.Equal(["auth", "storage"], policy.Drift.ExcludeSchemas);
        Assert.Equal(["public.legacy_*", "function:public.pg_stat_*"], policy.Drift.IgnoreObjects);
    }

    [Fact]
    public void An_empty_object_is_the_default_policy_with_its_source()
    {
        var policy = PolicyReader.Parse("{}", File);
        Assert.Empty(policy.Rules);
        Assert.Null(policy.Strict);
        Assert.Empty(policy.Drift.ExcludeSchemas);
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"SG301\": \"error\"\n  ,,\n}", 4, "not valid JSON")]
    [InlineData("{\n  \"rules\": {\n    \"SG999\": \"error\"\n  }\n}", 3, "unknown rule id \"SG999\"")]
    [InlineData("{\n  \"rules\": {\n    \"SG301\": \"error\",\n    \"SG302\": \"fatal\"\n  }\n}", 4, "unknown severity \"fatal\" for SG302")]
    [InlineData("{\n  \"rules\": { \"SG301\": 2 }\n}", 2, "unknown severity 2 for SG301")]
    [InlineData("{\n  \"strict\": true,\n  \"stirct\": false\n}", 3, "unknown key \"stirct\"")]
    [InlineData("{\n  \"drift\": {\n    \"excludeSchemas\": [\"auth\"],\n    \"ignore\": []\n  }\n}", 4, "unknown key \"drift.ignore\"")]
    [InlineData("{\n  \"strict\": \"yes\"\n}", 2, "strict must be true or false")]
    [InlineData("{\n  \"drift\": {\n    \"ignoreObjects\": [\n      \"tabel:public.x\"\n    ]\n  }\n}", 4, "unknown object kind \"tabel\"")]
    [InlineData("{\n  \"drift\": { \"excludeSchemas\": \"auth\" }\n}", 2, "drift.excludeSchemas must be an array")]
    [InlineData("[\"SG301\"]", 1, "must be a JSON object")]
    [InlineData("", 1, "")]
    [InlineData("{\n  \"rules\": {\n    \"SG301\": \"error\",\n    \"SG301\": \"off\"\n  }\n}", 4, "given twice")]
    public void Bad_policy_is_a_usage_error_naming_the_file_and_line(string json, int line, string message)
    {
        var e = Assert.Throws<UsageException>(() => PolicyReader.Parse(json, File));
        Assert.StartsWith($"{File}:{line}: ", e.Message);
        Assert.Contains(message, e.Message);
        Assert.Equal(ExitCodes.Usage, e.ExitCode);
    }

    [Fact]
    public async Task Locator_uses_the_default_file_when_it_exists_and_refuses_a_missing_explicit_one()
    {
        using var dir = new Reporting.TempDirectory();
        Assert.Same(GatePolicy.Default, await PolicyLocator.LoadAsync(dir.Path, null, CancellationToken.None));

        await System.IO.File.WriteAllTextAsync(dir.File(GatePolicy.DefaultFileName), "{\"rules\": {\"SG104\": \"off\"}}");
        var found = await PolicyLocator.LoadAsync(dir.Path, null, CancellationToken.None);
        Assert.Equal(GatePolicy.DefaultFileName, found.Source);
        Assert.Equal(RuleLevel.Off, found.Rules["SG104"].Level);

        Directory.CreateDirectory(dir.File("ci"));
        await System.IO.File.WriteAllTextAsync(dir.File("ci/strict.json"), "{\"strict\": true}");
        var explicitPolicy = await PolicyLocator.LoadAsync(dir.Path, "ci/strict.json", CancellationToken.None);
        Assert.Equal("ci/strict.json", explicitPolicy.Source);
        Assert.True(explicitPolicy.Strict);

        var missing = await Assert.ThrowsAsync<UsageException>(() => PolicyLocator.LoadAsync(dir.Path, "ci/nope.json", CancellationToken.None));
        Assert.Contains("ci/nope.json", missing.Message);
        Assert.Contains("does not exist", missing.Message);
    }
}
