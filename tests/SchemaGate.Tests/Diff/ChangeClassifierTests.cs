using SchemaGate.Catalog;
using SchemaGate.Diff;

namespace SchemaGate.Tests.Diff;

public sealed class ChangeClassifierTests
{
    [Theory]
    [InlineData(ObjectKind.Table, true)]
    [InlineData(ObjectKind.Column, true)]
    [InlineData(ObjectKind.Schema, true)]
    [InlineData(ObjectKind.Sequence, true)]
    [InlineData(ObjectKind.Enum, true)]
    [InlineData(ObjectKind.Domain, true)]
    [InlineData(ObjectKind.CompositeType, true)]
    [InlineData(ObjectKind.MaterializedView, true)]
    [InlineData(ObjectKind.View, false)]
    [InlineData(ObjectKind.Index, false)]
    [InlineData(ObjectKind.Function, false)]
    [InlineData(ObjectKind.Constraint, false)]
    [InlineData(ObjectKind.Trigger, false)]
    public void Removing_an_object_that_holds_data_loses_data(ObjectKind kind, bool losesData)
    {
        var impact = ChangeClassifier.Classify(new SchemaChange(ChangeKind.Removed, kind, "public.x", []));
        Assert.Equal(losesData, impact.LosesData);
        Assert.StartsWith("drops ", impact.Description);
        Assert.EndsWith(" public.x", impact.Description);
    }

    [Fact]
    public void Dropping_a_column_is_described_by_name()
    {
        var impact = ChangeClassifier.Classify(new SchemaChange(ChangeKind.Removed, ObjectKind.Column, "public.alerts.payload", []));
        Assert.Equal("drops column public.alerts.payload", impact.Description);
        Assert.True(impact.LosesData);
    }

    [Fact]
    public void Adding_never_loses_data()
    {
        var impact = ChangeClassifier.Classify(new SchemaChange(ChangeKind.Added, ObjectKind.Table, "public.t", []));
        Assert.False(impact.LosesData);
        Assert.Equal("adds table public.t", impact.Description);
    }

    [Theory]
    [InlineData("character varying(50)", "character varying(100)", false)]
    [InlineData("character varying(100)", "character varying(50)", true)]
    [InlineData("text", "integer", true)]
    [InlineData("integer", "bigint", false)]
    [InlineData("numeric(12,2)", "numeric(10,2)", true)]
    public void Column_type_changes_are_classified_by_the_narrowing_table(string before, string after, bool losesData)
    {
        var change = new SchemaChange(ChangeKind.Altered, ObjectKind.Column, "public.t.c", [new AttributeChange("type", before, after)]);
        var impact = ChangeClassifier.Classify(change);
        Assert.Equal(losesData, impact.LosesData);
        Assert.Equal($"alters column public.t.c (type {before} -> {after})", impact.Description);
    }

    [Fact]
    public void Non_type_column_changes_do_not_lose_data()
    {
        var change = new SchemaChange(ChangeKind.Altered, ObjectKind.Column, "public.t.c",
            [new AttributeChange("default", null, "0"), new AttributeChange("notNull", "false", "true")]);
        var impact = ChangeClassifier.Classify(change);
        Assert.False(impact.LosesData);
        Assert.Equal("alters column public.t.c (default, notNull)", impact.Description);
    }

    [Theory]
    [InlineData("'a', 'b'", "'a', 'c', 'b'", false)]
    [InlineData("'a', 'b', 'c'", "'a', 'c'", true)]
    public void Enum_label_removal_loses_data(string before, string after, bool losesData)
    {
        var change = new SchemaChange(ChangeKind.Altered, ObjectKind.Enum, "public.e", [new AttributeChange("labels", before, after)]);
        Assert.Equal(losesData, ChangeClassifier.Classify(change).LosesData);
    }
}
