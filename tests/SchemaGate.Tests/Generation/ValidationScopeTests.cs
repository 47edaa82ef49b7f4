using SchemaGate.Catalog;
using SchemaGate.Generation;

namespace SchemaGate.Tests.Generation;

/// <summary>What a partial validation copy holds: what the migration touches, what uses it, what that needs, and nothing else.</summary>
public sealed class ValidationScopeTests
{
    private static SchemaObject Obj(ObjectKind kind, string identity, string? parent = null, params (string, string)[] attrs) =>
        new(kind, identity, identity.Split('.')[0], parent, AttributeMap.From(attrs.Select(a => new KeyValuePair<string, string>(a.Item1, a.Item2))));

    private static IEnumerable<SchemaObject> Table(int i, string amountType = "integer")
    {
        var t = $"public.t{i}";
        yield return Obj(ObjectKind.Table, t);
        yield return Obj(ObjectKind.Column, $"{t}.id", t, ("position", "1"), ("type", "integer"), ("notNull", "true"));
        yield return Obj(ObjectKind.Column, $"{t}.parent_id", t, ("position", "2"), ("type", "integer"));
        yield return Obj(ObjectKind.Column, $"{t}.amount", t, ("position", "3"), ("type", amountType));
        yield return Obj(ObjectKind.Constraint, $"{t}.t{i}_pkey", t, ("definition", "PRIMARY KEY (id)"), ("type", "primary key"));
        yield return Obj(ObjectKind.Constraint, $"{t}.t{i}_amount_check", t, ("definition", "CHECK ((amount > 0))"), ("type", "check"));
        if (i > 1)
            yield return Obj(ObjectKind.Constraint, $"{t}.t{i}_parent_fkey", t, ("definition", $"FOREIGN KEY (parent_id) REFERENCES t{i - 1}(id)"), ("type", "foreign key"));
    }

    private static SchemaSnapshot Schema(int changed) => new("15.4", 15,
        [Obj(ObjectKind.Schema, "public"), .. Enumerable.Range(1, 30).SelectMany(i => Table(i, i == changed ? "bigint" : "integer")),
         Obj(ObjectKind.View, "public.big", null, ("definition", "SELECT t10.id FROM t10 WHERE (t10.amount > 100)"))]);

    [Fact]
    public void The_scope_holds_the_touched_table_whole_what_uses_it_and_of_what_that_needs_only_what_is_named()
    {
        var plan = MigrationPlanner.Plan(Schema(0), Schema(10));
        var scope = new ValidationScope(plan);
        var source = Schema(0);
        bool In(string kind, string identity) => scope.Contains(source.Find(Enum.Parse<ObjectKind>(kind), identity)!);

        // Touched: t10 with everything on it, and the view reading the changed column.
        Assert.True(In("Constraint", "public.t10.t10_amount_check"));
        Assert.True(In("View", "public.big"));
        // t11's foreign key uses t10; t11 and t9 come as stubs: the columns and keys something in scope names, not their
        // other columns, checks or own foreign keys.
        Assert.True(In("Constraint", "public.t11.t11_parent_fkey"));
        Assert.True(In("Column", "public.t11.parent_id"));
        Assert.False(In("Column", "public.t11.amount"));
        Assert.True(In("Constraint", "public.t9.t9_pkey"));
        Assert.True(In("Column", "public.t9.id"));
        Assert.False(In("Constraint", "public.t11.t11_amount_check"));
        Assert.False(In("Constraint", "public.t9.t9_parent_fkey"));
        // Unrelated tables stay out.
        Assert.False(In("Table", "public.t20"));
        Assert.True(scope.Count < source.Objects.Count / 5, $"{scope.Count} of {source.Objects.Count}");
        Assert.Equal(scope.Count, scope.Restrict(source).Objects.Count);
    }
}
