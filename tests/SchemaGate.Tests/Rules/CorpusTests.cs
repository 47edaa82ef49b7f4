using SchemaGate.Rules;
using SchemaGate.Sql;
using SchemaGate.Tests.Rules.CorpusFormat;

namespace SchemaGate.Tests.Rules;

/// <summary>
/// The rule corpus (<see cref="CorpusCase"/>), statically: each case's change, linted after its setup as LintMigrations
/// does with production's journal, reports exactly the ids of its <c>-- expect:</c> line (on the lines and objects it
/// names), and none of its <c>-- not:</c> line. The traced half runs in the integration tests (TracedCorpusTests).
/// </summary>
public class CorpusTests
{
    private static readonly Lazy<IReadOnlyList<CorpusCase>> All = new(Corpus.Load);

    public static TheoryData<string> Cases => new(All.Value.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_case_reports_exactly_the_expected_rules(string id)
    {
        var @case = All.Value.Single(c => c.Id == id);

        var problems = CorpusLint.Mismatches(@case.ExpectedStatic, @case.Expect, CorpusLint.Run(@case), @case.Not);

        Assert.True(problems.Count == 0, $"{id}: {string.Join(" | ", problems)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_case_reports_the_same_findings_when_its_statements_lex_their_tokens_again(string id)
    {
        var @case = All.Value.Single(c => c.Id == id);

        var kept = CorpusLint.Run(@case, sql => SqlScript.Parse(sql, relexTokens: false));
        var relexed = CorpusLint.Run(@case, sql => SqlScript.Parse(sql, relexTokens: true));

        Assert.Equal(kept, relexed);
    }

    [Fact]
    public void Every_static_rule_has_a_failing_and_a_passing_case_in_its_folder()
    {
        var missing = new List<string>();
        foreach (var rule in MigrationLinter.Rules.Select(r => r.Rule.Id))
        {
            var cases = All.Value.Where(c => c.Rule == rule).ToList();
            if (!cases.Any(c => c.IsBad)) missing.Add($"{rule}: no failing case");
            if (!cases.Any(c => !c.IsBad)) missing.Add($"{rule}: no passing case");
        }
        Assert.True(missing.Count == 0, string.Join("; ", missing));
    }

    [Fact]
    public void Folders_are_rules_and_every_expected_id_is_a_rule()
    {
        foreach (var @case in All.Value)
        {
            Assert.NotNull(SchemaGate.Findings.RuleCatalog.Find(@case.Rule));
            foreach (var id in @case.ExpectedTraced.Concat(@case.TracedWithdraws).Concat(@case.Not))
                Assert.True(SchemaGate.Findings.RuleCatalog.Find(id) is not null, $"{@case.Id}: {id} is not a rule");
        }
    }

    [Fact]
    public void The_corpus_keeps_its_size()
    {
        Assert.True(All.Value.Count >= 480, $"the corpus has {All.Value.Count} cases");
    }
}
