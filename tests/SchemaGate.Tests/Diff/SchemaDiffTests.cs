using SchemaGate.Catalog;
using SchemaGate.Diff;

namespace SchemaGate.Tests.Diff;

/// <summary>Pure diff tests on hand-built snapshots.</summary>
public sealed class SchemaDiffTests
{
    private static SchemaObject Obj(ObjectKind kind, string identity, string? parent = null, params (string, string)[] attrs) =>
        new(kind, identity, identity.Split('.')[0], parent,
            AttributeMap.From(attrs.Select(a => new KeyValuePair<string, string>(a.Item1, a.Item2))));

    private static SchemaSnapshot Snap(params SchemaObject[] objects) => new("15.4", 15, objects);

    private static List<string> Diff(SchemaSnapshot a, SchemaSnapshot b, DiffOptions? options = null) =>
        SchemaDiff.Compare(a, b, options ?? DiffOptions.Default).Select(c => c.ToString()).ToList();

    [Fact]
    public void Changes_come_in_kind_order_then_identity_order()
    {
        var a = Snap();
        var b = Snap(
            Obj(ObjectKind.Index, "public.z_idx", "public.other"),
            Obj(ObjectKind.Table, "public.b"),
            Obj(ObjectKind.Schema, "app"),
            Obj(ObjectKind.Table, "public.a"));
        Assert.Equal(["Added Schema app", "Added Table public.a", "Added Table public.b", "Added Index public.z_idx"], Diff(a, b));
    }

    [Fact]
    public void Children_of_an_added_or_removed_table_are_implied()
    {
        var with = Snap(Obj(ObjectKind.Table, "public.t"), Obj(ObjectKind.Column, "public.t.a", "public.t"),
            Obj(ObjectKind.Index, "public.t_idx", "public.t"), Obj(ObjectKind.Table, "public.u"));
        var without = Snap(Obj(ObjectKind.Table, "public.u"));
        Assert.Equal(["Removed Table public.t"], Diff(with, without));
        Assert.Equal(["Added Table public.t"], Diff(without, with));
    }

    [Fact]
    public void A_removed_column_of_a_kept_table_is_listed()
    {
        var a = Snap(Obj(ObjectKind.Table, "public.t"), Obj(ObjectKind.Column, "public.t.a", "public.t"));
        var b = Snap(Obj(ObjectKind.Table, "public.t"));
        Assert.Equal(["Removed Column public.t.a"], Diff(a, b));
    }

    [Fact]
    public void Whitespace_only_differences_are_not_changes_but_token_changes_are()
    {
        var a = Snap(Obj(ObjectKind.View, "public.v", null, ("definition", "SELECT a,\n  b FROM t")));
        var same = Snap(Obj(ObjectKind.View, "public.v", null, ("definition", "SELECT   a, b\nFROM t")));
        var glued = Snap(Obj(ObjectKind.View, "public.v", null, ("definition", "SELECT a, bFROM t")));
        Assert.Empty(Diff(a, same));
        Assert.Equal(["Altered View public.v [definition]"], Diff(a, glued));
    }

    [Fact]
    public void Altered_lists_before_and_after_of_each_attribute()
    {
        var a = Snap(Obj(ObjectKind.Column, "public.t.c", "public.t", ("type", "integer"), ("notNull", "false")));
        var b = Snap(Obj(ObjectKind.Column, "public.t.c", "public.t", ("type", "bigint"), ("notNull", "false"), ("default", "0")));
        var change = Assert.Single(SchemaDiff.Compare(a, b, DiffOptions.Default));
        Assert.Equal(ChangeKind.Altered, change.Kind);
        Assert.Equal([new AttributeChange("default", null, "0"), new AttributeChange("type", "integer", "bigint")], change.Attributes);
    }

    [Fact]
    public void Options_ignore_owners_by_default_and_privileges_comments_and_globs_on_request()
    {
        var a = Snap(Obj(ObjectKind.Table, "public.t", null, ("owner", "app"), ("privileges", "r:SELECT"), ("comment", "x")));
        var b = Snap(Obj(ObjectKind.Table, "public.t", null, ("owner", "admin"), ("privileges", "r:INSERT"), ("comment", "y")),
            Obj(ObjectKind.Table, "public.tmp_1"), Obj(ObjectKind.Column, "public.tmp_1.a", "public.tmp_1"));

        Assert.Equal(["Altered Table public.t [comment, privileges]", "Added Table public.tmp_1"], Diff(a, b));
        Assert.Equal(["Altered Table public.t [comment, owner, privileges]", "Added Table public.tmp_1"],
            Diff(a, b, new DiffOptions { IgnoreOwners = false }));
        Assert.Equal(["Added Table public.tmp_1"], Diff(a, b, new DiffOptions { IgnorePrivileges = true, IgnoreComments = true }));
        Assert.Equal(["Altered Table public.t [comment, privileges]"], Diff(a, b, new DiffOptions { IgnoreObjects = ["public.tmp_*"] }));
    }

    [Fact]
    public void A_comment_differing_only_in_spacing_is_still_a_change()
    {
        var a = Snap(Obj(ObjectKind.Table, "public.t", null, ("comment", "a  b")));
        var b = Snap(Obj(ObjectKind.Table, "public.t", null, ("comment", "a b")));
        Assert.Equal(["Altered Table public.t [comment]"], Diff(a, b));
    }

    [Fact]
    public void Json_round_trip_is_byte_identical_and_sorted()
    {
        var s = Snap(Obj(ObjectKind.Table, "public.b", null, ("z", "1"), ("a", "line1\nline2 \"q\"")),
            Obj(ObjectKind.Schema, "public"));
        var json = SnapshotJson.WriteToString(s);
        using var ms = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var back = SnapshotJson.Read(ms);
        Assert.Equal(json, SnapshotJson.WriteToString(back));
        Assert.DoesNotContain("\r", json);
        Assert.True(json.IndexOf("\"Schema\"", StringComparison.Ordinal) < json.IndexOf("\"Table\"", StringComparison.Ordinal));
        Assert.True(json.IndexOf("\"a\":", StringComparison.Ordinal) < json.IndexOf("\"z\":", StringComparison.Ordinal));
        Assert.Empty(Diff(s, back, new DiffOptions { IgnoreOwners = false }));
    }

    [Fact]
    public void Json_that_is_not_a_snapshot_is_a_usage_error()
    {
        using var ms = new MemoryStream("{\"objects\": 3}"u8.ToArray());
        Assert.Throws<SchemaGate.Failures.UsageException>(() => SnapshotJson.Read(ms));
    }
}
