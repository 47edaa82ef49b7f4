using SchemaGate.Findings;
using SchemaGate.Tests.Rules.CorpusFormat;

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
    public void Readme_lists_exactly_the_catalogue_with_family_severity_and_title()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "rules", "README.md"))
            .Where(l => l.StartsWith("| [SG", StringComparison.Ordinal)).ToList();
        var expected = RuleCatalog.All
            .Select(r => $"| [{r.Id}]({r.Id}.md) | {Family(r.Family)} | {r.DefaultSeverity.ToString().ToLowerInvariant()}{(r.EnabledByDefault ? "" : " (off by default)")} | {r.Title} |")
            .ToList();
        Assert.Equal(expected, lines);
    }

    private static string Family(RuleFamily family) => family switch
    {
        RuleFamily.DataLoss => "data loss",
        _ => family.ToString().ToLowerInvariant(),
    };

    public static TheoryData<string> PageIds => new(RulePage.Load().Select(p => p.RuleId));

    [Theory]
    [MemberData(nameof(PageIds))]
    public void Every_page_has_a_setup_and_sql_examples_or_says_why_it_is_exempt(string id)
    {
        var page = RulePage.Load().Single(p => p.RuleId == id);
        if (page.ExemptReason is { } reason)
        {
            Assert.False(string.IsNullOrWhiteSpace(reason), $"{id}: the exempt marker needs a reason");
            var rule = RuleCatalog.Find(id)!;
            Assert.True(rule.Family is RuleFamily.Configuration or RuleFamily.Drift or RuleFamily.Seeds or RuleFamily.History,
                $"{id}: only configuration, history, drift and seed rules may be exempt from the page test");
            return;
        }
        Assert.True(page.Setup is not null, $"{id}: no ```sql block under ## Setup");
        Assert.NotEmpty(page.Bad);
        Assert.NotEmpty(page.Good);
    }

    [Fact]
    public void Rule_ids_are_unique_and_every_static_rule_is_in_the_catalogue()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        foreach (var rule in SchemaGate.Rules.MigrationLinter.Rules) Assert.Same(rule.Rule, RuleCatalog.Find(rule.Rule.Id));
    }
}
