using SchemaGate.Findings;
using SchemaGate.Impact;
using SchemaGate.Judgement;
using SchemaGate.Policy;
using SchemaGate.Reporting;
using SchemaGate.Rules.Locking;

namespace SchemaGate.Tests.Rules;

/// <summary>
/// A statement that fails on a table with rows (SG321) is decided by production's numbers: rows there make it an error,
/// an empty table or no numbers leave the rule's severity, and the policy file's own level for the rule wins.
/// </summary>
public class FailsOnRowsTests
{
    private static Finding Owner(long? rows) =>
        AddColumnNotNullRule.Definition.Report("ADD COLUMN public.alerts.owner is NOT NULL without a default.", "migrations/0002_owner.sql", 2, 1, "public.alerts.owner", 1) with
        {
            Evidence = rows is null ? FindingEvidence.None : new FindingEvidence
            {
                Impact = new TableImpact(new ImpactTarget("public", "alerts", null), "public.alerts", rows.Value, rows, 65536, null),
            },
        };

    [Fact]
    public void Rows_in_production_make_it_an_error_that_blocks_without_strict()
    {
        var judged = Assert.Single(Judge.Apply([Owner(1204)], new JudgementInput()));

        Assert.Equal(Severity.Error, judged.Severity);
        Assert.True(Judge.IsBlocking(judged, strict: false));
        Assert.Contains("public.alerts holds 1,204 rows, 64 kB, so the statement fails there", FindingText.Describe(judged), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(null)]
    public void An_empty_table_or_no_production_leaves_a_warning(long? rows)
    {
        var judged = Assert.Single(Judge.Apply([Owner(rows)], new JudgementInput()));

        Assert.Equal(Severity.Warning, judged.Severity);
        Assert.False(Judge.IsBlocking(judged, strict: false));
    }

    [Fact]
    public void The_policy_files_level_for_the_rule_wins()
    {
        var policy = new GatePolicy
        {
            Rules = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase) { ["SG321"] = new("SG321", RuleLevel.Notice, 3) },
        };

        var judged = Assert.Single(Judge.Apply([Owner(1204)], new JudgementInput { Policy = policy }));

        Assert.Equal(Severity.Notice, judged.Severity);
        Assert.False(Judge.IsBlocking(judged, strict: true));
    }

    [Fact]
    public void Other_rules_with_rows_keep_their_severity()
    {
        var index = CreateIndexRule.Definition.Report("CREATE INDEX on public.alerts blocks writes.", "migrations/0002.sql", 1, 1, "public.alerts", 0) with
        {
            Evidence = Owner(50).Evidence,
        };

        Assert.Equal(Severity.Warning, Assert.Single(Judge.Apply([index], new JudgementInput())).Severity);
    }
}
