using SchemaGate.Findings;

namespace SchemaGate.Tests.Rules;

public class RuleDocsTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test output folder.");
    }

    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_catalogue_rule_has_a_page_with_its_title_examples_and_allow(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var path = Path.Combine(RepositoryRoot(), rule.DocPath);
        Assert.True(File.Exists(path), $"{rule.DocPath} is missing");
        var page = File.ReadAllText(path);
        Assert.StartsWith($"# {rule.Id}: {rule.Title}\n", page, StringComparison.Ordinal);
        foreach (var heading in new[] { "## What it flags", "## Why it hurts", "## Bad", "## Good", "## How to allow it" })
        {
            Assert.Contains(heading, page, StringComparison.Ordinal);
        }
        Assert.Contains($"schemagate:allow-file {rule.Id} reason=", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_lists_exactly_the_catalogue_with_severity_and_title()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md"))
            .Where(l => l.StartsWith("| [SG", StringComparison.Ordinal)).ToList();
        var expected = RuleCatalog.All
            .Select(r => $"| [{r.Id}]({r.Id}.md) | {r.DefaultSeverity.ToString().ToLowerInvariant()} | {r.Title} |").ToList();
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Rule_ids_are_unique_and_every_static_rule_is_in_the_catalogue()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        foreach (var rule in SchemaGate.Rules.MigrationLinter.Rules) Assert.Same(rule.Rule, RuleCatalog.Find(rule.Rule.Id));
    }
}
