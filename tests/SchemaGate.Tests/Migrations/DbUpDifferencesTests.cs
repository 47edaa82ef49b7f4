using SchemaGate.Migrations.Source;

namespace SchemaGate.Tests.Migrations;

public sealed class DbUpDifferencesTests
{
    private static async Task<IReadOnlyList<DbUpDifference>> Find(params (string Name, string Sql)[] files)
    {
        using var repo = new TempRepository();
        foreach (var (name, sql) in files) repo.Write(name, sql);
        return DbUpDifferences.Find(await MigrationSource.LoadAsync("migrations", repo.Root, CancellationToken.None));
    }

    [Fact]
    public async Task Unpadded_versions_that_sort_otherwise_as_text_are_reported_on_the_overtaken_script()
    {
        var found = await Find(("9_x.sql", "create table x (id int);"), ("10_y.sql", "create table y (id int);"), ("11_z.sql", "create table z (id int);"));

        var order = Assert.Single(found, d => d.Kind == DbUpDifferenceKind.TextOrder);
        Assert.Equal("9_x.sql", order.Script.FileName);
        Assert.Equal(1, order.Line);
        Assert.StartsWith("DbUp would run 10_y.sql before 9_x.sql", order.Message);
    }

    [Fact]
    public async Task Padded_versions_give_no_order_difference()
    {
        var found = await Find(("0009_x.sql", "create table x (id int);"), ("0010_y.sql", "create table y (id int);"));
        Assert.DoesNotContain(found, d => d.Kind == DbUpDifferenceKind.TextOrder);
    }

    [Fact]
    public async Task Named_dollar_quote_tags_and_dollar_names_in_strings_collide_with_dbup_variables_but_not_double_dollars_or_comments()
    {
        var found = await Find(("0001_fn.sql", """
            create function f() returns int language plpgsql as $body$
            begin return 1; end
            $body$;
            create function g() returns int language sql as $$ select 2 $$;
            -- a comment may say $ignored$
            select '$price$', $fn_1$x$fn_1$;
            """));

        var variables = found.Where(d => d.Kind == DbUpDifferenceKind.VariableSyntax).ToArray();
        Assert.Equal([(1, "body"), (3, "body"), (6, "price"), (6, "fn_1")],
            variables.Select(v => (v.Line, v.Message.Split('\'')[1])));
        Assert.Contains("the dollar-quote tag $body$", variables[0].Message);
        Assert.Contains("Variable body has no value defined", variables[0].Message);
        Assert.DoesNotContain(variables, v => v.Message.Contains("ignored"));
    }

    [Fact]
    public async Task Several_statements_outside_no_transaction_rely_on_a_transaction_per_script()
    {
        var found = await Find(
            ("0001_two.sql", "create table a (id int);\n\ninsert into a values (1);\n"),
            ("0002_one.sql", "create table b (id int);\n"),
            ("0003_concurrently.sql", "-- schemagate:no-transaction\ncreate index concurrently i1 on a (id);\ncreate index concurrently i2 on a (id);\n"));

        var reliance = Assert.Single(found, d => d.Kind == DbUpDifferenceKind.NoTransactionPerScript);
        Assert.Equal("0001_two.sql", reliance.Script.FileName);
        Assert.Equal(3, reliance.Line);
        Assert.Contains("those before it stay applied and the journal has no row", reliance.Message);
        Assert.Contains("WithTransactionPerScript()", DbUpRules.NotAtomic.Help);
    }

    [Fact]
    public async Task A_set_dbup_runs_the_same_way_has_no_differences()
    {
        Assert.Empty(await Find(("0001_a.sql", "create table a (id int);"), ("0002_b.sql", "create function f() returns int language sql as $$ select 1 $$;")));
    }
}
