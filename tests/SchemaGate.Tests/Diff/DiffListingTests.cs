using SchemaGate.Catalog;
using SchemaGate.Diff;

namespace SchemaGate.Tests.Diff;

/// <summary>What generation needs from the diff: implied children on request, unreadable values never a difference.</summary>
public sealed class DiffListingTests
{
    private static SchemaObject Obj(ObjectKind kind, string identity, string? parent = null, params (string, string)[] attrs) =>
        new(kind, identity, identity.Split('.')[0], parent, AttributeMap.From(attrs.Select(a => new KeyValuePair<string, string>(a.Item1, a.Item2))));

    private static SchemaSnapshot Snap(params SchemaObject[] objects) => new("15.4", 15, objects);

    [Fact]
    public void ListImplied_lists_the_children_of_a_new_table_foreign_table_and_range()
    {
        var with = Snap(Obj(ObjectKind.Table, "public.t"), Obj(ObjectKind.Column, "public.t.a", "public.t"),
            Obj(ObjectKind.ForeignTable, "public.f"), Obj(ObjectKind.Column, "public.f.b", "public.f"),
            Obj(ObjectKind.RangeType, "public.r"), Obj(ObjectKind.MultirangeType, "public.r_multirange", "public.r"));
        var without = Snap();

        Assert.Equal(["Added RangeType public.r", "Added Table public.t", "Added ForeignTable public.f"],
            SchemaDiff.Compare(without, with, DiffOptions.Default).Select(c => c.ToString()));
        Assert.Equal(6, SchemaDiff.Compare(without, with, new DiffOptions { ListImplied = true }).Count);
    }

    [Fact]
    public void A_value_the_reader_could_not_see_is_no_difference_but_a_visible_change_is()
    {
        var hidden = Snap(Obj(ObjectKind.UserMapping, "s for bob", null, ("options", AttributeNames.NotReadable), ("user", "bob")));
        var seen = Snap(Obj(ObjectKind.UserMapping, "s for bob", null, ("options", "host 'a'"), ("user", "bob")));
        var other = Snap(Obj(ObjectKind.UserMapping, "s for bob", null, ("options", "host 'b'"), ("user", "bob")));

        Assert.Empty(SchemaDiff.Compare(hidden, seen, DiffOptions.Default));
        Assert.Empty(SchemaDiff.Compare(seen, hidden, DiffOptions.Default));
        Assert.Equal(["Altered UserMapping s for bob [options]"], SchemaDiff.Compare(seen, other, DiffOptions.Default).Select(c => c.ToString()));
    }
}
