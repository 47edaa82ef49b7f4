using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Drift;

namespace SchemaGate.IntegrationTests.Drift;

/// <summary>How drift changes read as findings (no database needed).</summary>
public sealed class DriftFindingsTests
{
    [Fact]
    public void Long_values_are_cut_around_the_first_difference_and_extra_attributes_counted()
    {
        var prefix = new string('x', 200);
        var attributes = new List<AttributeChange> { new("definition", prefix + " lower(a) " + prefix, prefix + " upper(a) " + prefix) };
        attributes.AddRange(Enumerable.Range(1, 7).Select(i => new AttributeChange($"attr{i}", "1", "2")));
        var change = new SchemaChange(ChangeKind.Altered, ObjectKind.Function, "public.f(text)", attributes);

        var finding = DriftFindings.For(change);

        Assert.Equal("SG403", finding.RuleId);
        Assert.Equal("public.f(text)", finding.Object);
        Assert.Contains("lower(a)", finding.Message);
        Assert.Contains("upper(a)", finding.Message);
        Assert.Contains("attr5: '1' -> '2'", finding.Message);
        Assert.DoesNotContain("attr6", finding.Message);
        Assert.Contains("and 2 more attribute(s)", finding.Message);
        Assert.True(finding.Message.Length < 600, finding.Message);
    }

    [Fact]
    public void Added_and_removed_objects_map_to_SG401_and_SG402()
    {
        Assert.Equal("SG401", DriftFindings.For(new SchemaChange(ChangeKind.Added, ObjectKind.Column, "public.t.c", [])).RuleId);
        Assert.Equal("SG402", DriftFindings.For(new SchemaChange(ChangeKind.Removed, ObjectKind.Index, "public.i", [])).RuleId);
        Assert.Equal("(none)", DriftFindings.Value(null));
    }
}
