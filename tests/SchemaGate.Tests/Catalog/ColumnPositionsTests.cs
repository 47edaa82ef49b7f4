using SchemaGate.Catalog;

namespace SchemaGate.Tests.Catalog;

/// <summary>The columns query returns attnums; positions are their ranks among each table's live columns.</summary>
public sealed class ColumnPositionsTests
{
    private static SchemaObject Column(string table, string name, int attnum) =>
        new(ObjectKind.Column, $"{table}.{name}", "public", table,
            AttributeMap.From([new("position", attnum.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("type", "integer")]));

    private static Dictionary<string, string?> Positions(List<SchemaObject> columns) =>
        columns.ToDictionary(c => c.Identity, c => c["position"]);

    [Fact]
    public void Attnums_with_a_gap_left_by_a_dropped_column_become_ranks_and_tables_without_gaps_keep_their_objects()
    {
        var untouched = Column("public.u", "x", 1);
        var columns = new List<SchemaObject>
        {
            Column("public.t", "d", 5), Column("public.t", "a", 1), untouched, Column("public.t", "c", 4),
            Column("public.u", "y", 2), Column("public.t", "b", 2),
        };

        ColumnPositions.Rank(columns);

        Assert.Equal(new Dictionary<string, string?>
        {
            ["public.t.a"] = "1", ["public.t.b"] = "2", ["public.t.c"] = "3", ["public.t.d"] = "4",
            ["public.u.x"] = "1", ["public.u.y"] = "2",
        }, Positions(columns));
        Assert.Same(untouched, columns[2]);
        Assert.Equal("integer", columns[0]["type"]);
    }

    [Fact]
    public void Tables_are_told_apart_by_parent_even_when_one_name_is_a_prefix_of_another_with_a_dot()
    {
        // Table "a" and table "a.b" (a quoted name with a dot): identities interleave, parents do not.
        var columns = new List<SchemaObject>
        {
            Column("public.a", "b.x", 3), Column("public.a.b", "x", 2), Column("public.a", "z", 7),
        };

        ColumnPositions.Rank(columns);

        Assert.Equal(["1", "1", "2"], columns.Select(c => c["position"]));
    }
}
