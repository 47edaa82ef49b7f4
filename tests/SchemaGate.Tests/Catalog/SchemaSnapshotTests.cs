using SchemaGate.Catalog;
using SchemaGate.Diff;

namespace SchemaGate.Tests.Catalog;

/// <summary>The snapshot's order, duplicate check and lookup, whether its objects come sorted or not.</summary>
public sealed class SchemaSnapshotTests
{
    private static SchemaObject Obj(ObjectKind kind, string identity, params (string, string)[] attrs) =>
        new(kind, identity, identity.Split('.')[0], null,
            AttributeMap.From(attrs.Select(a => new KeyValuePair<string, string>(a.Item1, a.Item2))));

    [Fact]
    public void Objects_given_in_any_order_come_out_by_kind_then_ordinal_identity_and_can_be_found()
    {
        var objects = new[]
        {
            Obj(ObjectKind.Column, "public.t.b"), Obj(ObjectKind.Table, "public.t"), Obj(ObjectKind.Column, "public.t.B"),
            Obj(ObjectKind.Schema, "public"), Obj(ObjectKind.Column, "public.t.a"),
        };
        var s = new SchemaSnapshot("15.4", 15, objects);

        Assert.Equal(["public", "public.t", "public.t.B", "public.t.a", "public.t.b"], s.Objects.Select(o => o.Identity));
        Assert.Same(objects[2], s.Find(ObjectKind.Column, "public.t.B"));
        Assert.Null(s.Find(ObjectKind.Table, "public.t.B"));
        Assert.Equal(["public.t.B", "public.t.a", "public.t.b"], s.OfKind(ObjectKind.Column).Select(o => o.Identity));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_same_object_twice_is_refused_whether_the_input_is_sorted_or_not(bool sorted)
    {
        var objects = sorted
            ? new[] { Obj(ObjectKind.Table, "public.a"), Obj(ObjectKind.Table, "public.b"), Obj(ObjectKind.Table, "public.b") }
            : new[] { Obj(ObjectKind.Table, "public.b"), Obj(ObjectKind.Table, "public.a"), Obj(ObjectKind.Table, "public.b") };
        var ex = Assert.Throws<ArgumentException>(() => new SchemaSnapshot("15.4", 15, objects));
        Assert.Contains("Table public.b twice", ex.Message);
    }

    [Fact]
    public void Equal_attribute_maps_of_distinct_instances_are_no_change_and_an_ignored_difference_stays_ignored()
    {
        var a = new SchemaSnapshot("15.4", 15, [Obj(ObjectKind.Table, "public.t", ("owner", "alice"), ("persistence", new string("permanent".ToCharArray())))]);
        var b = new SchemaSnapshot("15.4", 15, [Obj(ObjectKind.Table, "public.t", ("owner", "bob"), ("persistence", "permanent"))]);
        var c = new SchemaSnapshot("15.4", 15, [Obj(ObjectKind.Table, "public.t", ("owner", "bob"), ("persistence", "unlogged"))]);

        Assert.Empty(SchemaDiff.Compare(a, b, DiffOptions.Default));
        Assert.Equal(["owner"], SchemaDiff.Compare(a, b, DiffOptions.Default with { IgnoreOwners = false }).Single().Attributes.Select(x => x.Name));
        Assert.Equal(["persistence"], SchemaDiff.Compare(a, c, DiffOptions.Default).Single().Attributes.Select(x => x.Name));
    }
}
