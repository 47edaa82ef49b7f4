using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Findings;

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

    [Fact]
    public void Across_two_majors_a_change_only_in_deparsed_text_is_an_uncertain_warning_and_others_stay_errors()
    {
        var view = new SchemaChange(ChangeKind.Altered, ObjectKind.View, "public.v", [new("definition", " SELECT t.id FROM t;", " SELECT id FROM t;")]);
        var owner = new SchemaChange(ChangeKind.Altered, ObjectKind.View, "public.v", [new("definition", "a", "b"), new("owner", "app", "postgres")]);

        var same = DriftFindings.For(view, majors: null);
        var across = DriftFindings.For(view, majors: "15 and 17");
        var mixed = DriftFindings.For(owner, majors: "15 and 17");

        Assert.Equal((Severity.Error, null), (same.Severity, same.Evidence.Uncertain));
        Assert.Equal(Severity.Warning, across.Severity);
        Assert.Contains("15 and 17", across.Evidence.Uncertain);
        Assert.Equal((Severity.Error, null), (mixed.Severity, mixed.Evidence.Uncertain));
    }
}
