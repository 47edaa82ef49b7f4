using SchemaGate.Rules.Locking;
using Xunit;

namespace SchemaGate.Tests.Rules;

public class SlowUnderExclusiveLockTests
{
    [Fact]
    public void A_finding_names_the_first_three_slow_statements_and_counts_the_rest()
    {
        var updates = string.Join("\n", Enumerable.Range(1, 5).Select(i => $"UPDATE settings SET value = value * {i} WHERE key = 'k{i}';"));
        var findings = Scripts.Lint("LOCK TABLE settings;\n" + updates + "\n").Where(f => f.Rule == SlowUnderExclusiveLockRule.Definition).ToList();

        var finding = Assert.Single(findings);
        Assert.Contains("line 2:", finding.Message, StringComparison.Ordinal);
        Assert.Contains("line 4:", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 5:", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("; and 2 more).", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_lock_counts_only_the_slow_statements_after_it()
    {
        var sql = "LOCK TABLE a;\nUPDATE a SET x = 1;\nLOCK TABLE b;\nUPDATE b SET x = 2;\n";
        var findings = Scripts.Lint(sql).Where(f => f.Rule == SlowUnderExclusiveLockRule.Definition).OrderBy(f => f.Line).ToList();

        Assert.Equal(2, findings.Count);
        Assert.Contains("line 2:", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("line 4:", findings[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 2:", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("line 4:", findings[1].Message, StringComparison.Ordinal);
    }
}
