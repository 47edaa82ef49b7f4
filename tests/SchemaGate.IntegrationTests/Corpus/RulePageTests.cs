using System.Collections.Concurrent;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Policy;
using SchemaGate.Tests.Rules.CorpusFormat;

namespace SchemaGate.IntegrationTests.Corpus;

/// <summary>
/// Every rule page's examples, run as DeployCheck --strict would judge them: each sql block under Bad and Good is a pending
/// change against a production that holds the page's Setup and its rows (traced, with production's numbers). A Bad block
/// must report the page's rule; a Good block must leave nothing standing (no finding that is not accepted by an allow it
/// carries). Advice rules that are off by default are turned on for their own page. Pages about files, the journal, drift,
/// seeds or the configuration are exempt by their marker. All blocks run, the failures are reported together.
/// </summary>
public sealed class RulePageTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task Every_rule_page_Bad_block_gives_its_rule_and_every_Good_block_passes_strict()
    {
        var pages = RulePage.Load().Where(p => p.ExemptReason is null).ToList();
        var runs = pages.SelectMany(p => p.Bad.Select((sql, i) => (Page: p, Bad: true, Sql: sql, Name: $"bad{i + 1}"))
            .Concat(p.Good.Select((sql, i) => (Page: p, Bad: false, Sql: sql, Name: $"good{i + 1}")))).ToList();
        var failures = new ConcurrentBag<string>();
        await using var productions = new ProductionCases(fixture, runs.Select(r => r.Page.Setup ?? ""));
        await Parallel.ForEachAsync(runs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (run, ct) =>
        {
            var id = $"{run.Page.RuleId} {(run.Bad ? "Bad" : "Good")} block {run.Name[^1]}";
            try
            {
                var rule = RuleCatalog.Find(run.Page.RuleId)!;
                var policy = rule.EnabledByDefault ? GatePolicy.Default : new GatePolicy
                {
                    Rules = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase) { [rule.Id] = new(rule.Id, RuleLevel.Notice, 0) },
                };
                var findings = await productions.RunAsync(run.Page.Setup ?? "", RulePage.Scripts(run.Sql, run.Name), policy, strict: true, ct: ct);
                var standing = findings.Where(f => f.Suppressed is null).ToList();
                var described = string.Join("; ", standing.Select(f => $"{f.RuleId}@{f.File}:{f.Line} {f.Message}"));
                if (run.Bad && !standing.Any(f => f.RuleId == rule.Id)) failures.Add($"{id}: {rule.Id} not reported ({described})");
                if (!run.Bad && standing.Count > 0) failures.Add($"{id}: {described}");
            }
            catch (Exception ex)
            {
                failures.Add($"{id}: {ex.GetType().Name}: {ex.Message}");
            }
        });
        Assert.True(failures.IsEmpty, $"{failures.Count} of {runs.Count} page example(s) failed:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal)));
    }
}
