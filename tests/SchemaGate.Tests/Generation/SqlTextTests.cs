using SchemaGate.Catalog;
using SchemaGate.Generation;
using SchemaGate.Generation.Emitters;

namespace SchemaGate.Tests.Generation;

/// <summary>Quoting, privileges, options and the list attributes read back: the small parts generated SQL is made of.</summary>
public sealed class SqlTextTests
{
    [Theory]
    [InlineData("orders", "orders")]
    [InlineData("Orders", "\"Orders\"")]
    [InlineData("order", "\"order\"")]
    [InlineData("user", "\"user\"")]
    [InlineData("my table", "\"my table\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("_x1", "_x1")]
    [InlineData("1x", "\"1x\"")]
    public void Identifiers_are_quoted_only_when_they_need_it(string name, string sql) => Assert.Equal(sql, SqlNames.Ident(name));

    [Fact]
    public void Literals_double_their_quotes() => Assert.Equal("'it''s'", SqlNames.Literal("it's"));

    [Fact]
    public void Privileges_become_revokes_then_grants_and_a_lost_grant_option_only_loses_the_option()
    {
        var from = Acl.Parse("PUBLIC:SELECT; reader:INSERT; reader:SELECT:grantable; gone:UPDATE");
        var to = Acl.Parse("reader:SELECT; writer:INSERT:grantable; writer:UPDATE:grantable");

        Assert.Equal([
            "REVOKE SELECT ON TABLE public.t FROM PUBLIC",
            "REVOKE UPDATE ON TABLE public.t FROM gone",
            "REVOKE INSERT ON TABLE public.t FROM reader",
            "REVOKE GRANT OPTION FOR SELECT ON TABLE public.t FROM reader",
            "GRANT INSERT, UPDATE ON TABLE public.t TO writer WITH GRANT OPTION",
        ], Acl.Changes("TABLE public.t", from, to));
        Assert.Equal(["GRANT SELECT (c) ON TABLE public.t TO \"Odd Role\""],
            Acl.Changes("TABLE public.t", Acl.Parse(null), Acl.Parse("Odd Role:SELECT"), "c"));
    }

    [Fact]
    public void A_type_without_a_privileges_attribute_is_usable_by_public_and_none_means_nobody()
    {
        Assert.Equal([new AclEntry("PUBLIC", "USAGE", false)], Acl.NonOwner(ObjectKind.Enum, null));
        Assert.Empty(Acl.NonOwner(ObjectKind.Enum, "none"));
        Assert.Empty(Acl.NonOwner(ObjectKind.Table, null));
        Assert.Equal(["REVOKE DELETE, TRUNCATE ON TABLE public.t FROM CURRENT_USER"],
            Acl.Changes("TABLE public.t", Acl.OwnerDefault(ObjectKind.Table, SqlNames.CurrentUser),
                Acl.ParseOwner("INSERT; REFERENCES; SELECT; TRIGGER; UPDATE", SqlNames.CurrentUser)));
    }

    [Fact]
    public void Options_change_with_set_add_and_drop()
    {
        Assert.Equal("OPTIONS (DROP port, SET host 'b', ADD \"user\" 'x')", OptionsClause.Alter("host 'a', port '5432'", "host 'b', \"user\" 'x'"));
        Assert.Null(OptionsClause.Alter("host 'a'", "host 'a'"));
        Assert.Equal("it's", OptionsClause.Parse("note 'it''s'")["note"]);
    }

    [Fact]
    public void List_attributes_are_read_back_whatever_their_values_hold()
    {
        Assert.Equal(["sad", "it's, ok"], TypeText.Labels("'sad', 'it''s, ok'"));
        Assert.Equal([("x", "integer"), ("Y z", "numeric(10,2)")], TypeText.Attributes("x integer, \"Y z\" numeric(10,2)"));
        Assert.Equal([("a", "CHECK ((VALUE > 0))"), ("b", "CHECK ((VALUE <> 'x; y: CHECK'::text))")],
            TypeText.Checks("a: CHECK ((VALUE > 0)); b: CHECK ((VALUE <> 'x; y: CHECK'::text))"));
    }

    [Theory]
    [InlineData("character varying(50)", "character varying(100)", false)]
    [InlineData("character varying(50)", "text", false)]
    [InlineData("integer", "bigint", false)]
    [InlineData("bigint", "numeric(10,2)", false)]
    [InlineData("date", "timestamp with time zone", false)]
    [InlineData("json", "jsonb", false)]
    [InlineData("integer[]", "bigint[]", false)]
    [InlineData("text", "integer", true)]
    [InlineData("integer", "boolean", true)]
    [InlineData("text", "uuid", true)]
    [InlineData("integer", "integer[]", true)]
    public void Using_is_added_only_where_no_implicit_or_assignment_cast_exists(string from, string to, bool needed) =>
        Assert.Equal(needed, TypeCasts.NeedsUsing(from, to));
}
