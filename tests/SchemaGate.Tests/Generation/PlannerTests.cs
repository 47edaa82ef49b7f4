using SchemaGate.Catalog;
using SchemaGate.Generation;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Tests.Generation;

/// <summary>The planner on hand-built snapshots: what it writes, and in which order.</summary>
public sealed class PlannerTests
{
    private static SchemaObject Obj(ObjectKind kind, string identity, string? parent = null, params (string, string)[] attrs) =>
        new(kind, identity, identity.Split('.')[0], parent, AttributeMap.From(attrs.Select(a => new KeyValuePair<string, string>(a.Item1, a.Item2))));

    private static SchemaObject Column(string table, string name, int position, string type = "integer", params (string, string)[] more) =>
        Obj(ObjectKind.Column, $"{table}.{name}", table, [("position", position.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("type", type), .. more]);

    private static SchemaSnapshot Snap(params SchemaObject[] objects) => new("15.4", 15, [Obj(ObjectKind.Schema, "public"), .. objects]);

    private static List<string> Statements(SchemaSnapshot a, SchemaSnapshot b, bool online = true) =>
        MigrationPlanner.Plan(a, b, online).Units.SelectMany(u => u.Statements).ToList();

    [Fact]
    public void Nothing_to_do_for_equal_snapshots()
    {
        var s = Snap(Obj(ObjectKind.Table, "public.t"), Column("public.t", "a", 1));
        Assert.True(MigrationPlanner.Plan(s, s).IsEmpty);
    }

    [Fact]
    public void A_column_added_in_the_middle_moves_the_columns_after_it_keeping_their_values()
    {
        var a = Snap(Obj(ObjectKind.Table, "public.t"), Column("public.t", "a", 1), Column("public.t", "b", 2, "text", ("notNull", "true")));
        var b = Snap(Obj(ObjectKind.Table, "public.t"), Column("public.t", "a", 1), Column("public.t", "c", 2, "date"),
            Column("public.t", "b", 3, "text", ("notNull", "true")));

        Assert.Equal([
            "ALTER TABLE public.t ADD COLUMN c date",
            "ALTER TABLE public.t ADD COLUMN b__sg_moved text",
            "UPDATE public.t SET b__sg_moved = b",
            "ALTER TABLE public.t DROP COLUMN b",
            "ALTER TABLE public.t RENAME COLUMN b__sg_moved TO b",
            "ALTER TABLE public.t ALTER COLUMN b SET NOT NULL",
        ], Statements(a, b));
    }

    [Fact]
    public void A_dropped_column_in_the_middle_moves_nothing()
    {
        var a = Snap(Obj(ObjectKind.Table, "public.t"), Column("public.t", "a", 1), Column("public.t", "x", 2), Column("public.t", "b", 3));
        var b = Snap(Obj(ObjectKind.Table, "public.t"), Column("public.t", "a", 1), Column("public.t", "b", 2));
        Assert.Equal(["ALTER TABLE public.t DROP COLUMN x"], Statements(a, b));
    }

    [Fact]
    public void A_view_on_a_column_whose_type_changes_is_dropped_before_and_created_after()
    {
        var view = Obj(ObjectKind.View, "public.v", null, ("definition", "SELECT t.a FROM t"));
        var a = Snap(Obj(ObjectKind.Table, "public.t"), Column("public.t", "a", 1), view);
        var b = Snap(Obj(ObjectKind.Table, "public.t"), Column("public.t", "a", 1, "bigint"), view);

        Assert.Equal(["DROP VIEW public.v", "ALTER TABLE public.t ALTER COLUMN a TYPE bigint", "CREATE VIEW public.v AS\nSELECT t.a FROM t"],
            Statements(a, b));
    }

    [Fact]
    public void A_foreign_key_waits_for_the_key_it_references_and_goes_before_its_table_is_dropped()
    {
        var p = Obj(ObjectKind.Table, "public.p");
        var pk = Obj(ObjectKind.Constraint, "public.p.p_pkey", "public.p", ("definition", "PRIMARY KEY (id)"), ("type", "primary key"));
        var c = Obj(ObjectKind.Table, "public.c");
        var fk = Obj(ObjectKind.Constraint, "public.c.c_fkey", "public.c", ("definition", "FOREIGN KEY (p_id) REFERENCES p(id)"), ("type", "foreign key"));
        var empty = Snap();
        var full = Snap(p, Column("public.p", "id", 1), pk, c, Column("public.c", "p_id", 1), fk);

        var create = Statements(empty, full);
        Assert.True(create.FindIndex(s => s.Contains("p_pkey", StringComparison.Ordinal)) < create.FindIndex(s => s.Contains("c_fkey", StringComparison.Ordinal)));
        var drop = Statements(full, empty);
        Assert.Equal(["ALTER TABLE public.c DROP CONSTRAINT c_fkey", "DROP TABLE public.c", "DROP TABLE public.p"], drop);
    }

    [Fact]
    public void Online_an_index_on_an_existing_table_is_built_concurrently_in_the_online_script()
    {
        var t = Obj(ObjectKind.Table, "public.t");
        var index = Obj(ObjectKind.Index, "public.t_a", "public.t", ("definition", "CREATE INDEX t_a ON public.t USING btree (a)"));
        var a = Snap(t, Column("public.t", "a", 1));
        var b = Snap(t, Column("public.t", "a", 1), index);

        var online = MigrationPlanner.Plan(a, b, online: true);
        Assert.Empty(online.Main);
        Assert.Equal(["CREATE INDEX CONCURRENTLY t_a ON public.t USING btree (a)"], online.Online.SelectMany(u => u.Statements));
        var plain = MigrationPlanner.Plan(a, b, online: false);
        Assert.Equal(["CREATE INDEX t_a ON public.t USING btree (a)"], plain.Main.SelectMany(u => u.Statements));
        Assert.Empty(plain.Online);
    }

    [Fact]
    public void Something_the_main_script_needs_after_an_online_unit_brings_that_unit_back_in_plain_form()
    {
        var order = UnitOrder.Sort([Unit("idx", ScriptPhase.Online, provides: "i", statement: "CREATE INDEX CONCURRENTLY i ON t (a)"),
            Unit("use", ScriptPhase.Main, requires: "i", statement: "ALTER TABLE t REPLICA IDENTITY USING INDEX i")]);
        Assert.All(order, u => Assert.Equal(ScriptPhase.Main, u.Phase));
        Assert.Equal("CREATE INDEX i ON t (a)", order[0].Statements[0]);
    }

    [Fact]
    public void A_cycle_is_broken_by_rank_and_every_unit_still_runs()
    {
        var a = Unit("a", ScriptPhase.Main, provides: "a", requires: "b", statement: "A");
        var b = Unit("b", ScriptPhase.Main, provides: "b", requires: "a", statement: "B");
        Assert.Equal(2, UnitOrder.Sort([a, b]).Count);
    }

    private static PlanUnit Unit(string name, ScriptPhase phase, string? provides = null, string? requires = null, string statement = "")
    {
        var u = new PlanUnit(UnitAction.Create, new ObjectKey(ObjectKind.Index, name), 1000) { Phase = phase };
        if (provides is not null) u.Provides.Add(new ObjectKey(ObjectKind.Index, provides));
        if (requires is not null) u.Requires.Add(new ObjectKey(ObjectKind.Index, requires));
        u.Add(statement);
        if (phase == ScriptPhase.Online) u.MainForm = [statement.Replace("CONCURRENTLY ", "", StringComparison.Ordinal)];
        return u;
    }
}
