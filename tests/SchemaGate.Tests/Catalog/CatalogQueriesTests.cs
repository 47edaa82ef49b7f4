using SchemaGate.Catalog;

namespace SchemaGate.Tests.Catalog;

public sealed class CatalogQueriesTests
{
    [Fact]
    public void The_privileges_fragment_is_written_once_and_expanded_in_every_query_that_reports_grants()
    {
        var queries = CatalogQueries.Load();

        Assert.All(queries, q => Assert.DoesNotContain("{{", q.Sql));
        var withGrants = queries.Where(q => q.Sql.Contains("aclexplode", StringComparison.Ordinal)).Select(q => q.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["01_schemas.sql", "03_types.sql", "04_sequences.sql", "05_tables.sql", "06_columns.sql", "09_views.sql", "10_functions.sql",
            "14_aggregates.sql", "15_default_privileges.sql", "16_ranges.sql", "17_foreign_data_wrappers.sql", "18_foreign_servers.sql",
            "20_foreign_tables.sql"], withGrants);
    }

    [Fact]
    public void The_fragment_takes_the_acl_and_the_owner_whose_own_rights_are_left_out()
    {
        var sql = CatalogQueries.Expand("select {{privileges: coalesce(c.relacl, acldefault('r', c.relowner)) ; c.relowner}} as privileges");

        Assert.Contains("FROM aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) x", sql);
        Assert.Contains("WHERE x.grantee <> c.relowner", sql);
        Assert.EndsWith(") as privileges", sql);
    }
}
