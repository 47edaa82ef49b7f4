using SchemaGate.Catalog;

namespace SchemaGate.Tests.Catalog;

/// <summary>The shared query fragments: spliced where a query calls them, parameters filled in, nested calls expanded.</summary>
public sealed class QueryFragmentsTests
{
    private static readonly QueryFragments Fragments = new(new Dictionary<string, string>
    {
        ["grants"] = "-- parameters: acl, owner\n-- explained here\n(SELECT g FROM aclexplode({acl}) WHERE grantee <> {owner})",
        ["outer"] = "-- parameters: x\ncoalesce({{grants: {x} ; 0}}, 'none')",
    });

    [Fact]
    public void A_call_is_replaced_by_the_fragment_without_its_comments_and_with_its_arguments()
    {
        var sql = Fragments.Expand("q.sql", "SELECT {{grants: coalesce(c.relacl, acldefault('r', c.relowner)) ; c.relowner}} AS p");
        Assert.Equal("SELECT (SELECT g FROM aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) WHERE grantee <> c.relowner) AS p", sql);
    }

    [Fact]
    public void Fragments_may_call_fragments()
    {
        Assert.Equal("coalesce((SELECT g FROM aclexplode(t.typacl) WHERE grantee <> 0), 'none')", Fragments.Expand("q.sql", "{{outer: t.typacl}}"));
    }

    [Fact]
    public void An_unknown_fragment_or_a_wrong_argument_count_is_refused_naming_the_query()
    {
        Assert.Contains("q.sql", Assert.Throws<InvalidOperationException>(() => Fragments.Expand("q.sql", "{{nope: 1}}")).Message, StringComparison.Ordinal);
        Assert.Contains("takes 2", Assert.Throws<InvalidOperationException>(() => Fragments.Expand("q.sql", "{{grants: 1}}")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_queries_splice_every_fragment_and_declare_their_minimum_server()
    {
        var queries = CatalogQueries.Load();
        Assert.DoesNotContain(queries, q => q.Sql.Contains("{{", StringComparison.Ordinal) || q.Name.StartsWith("Fragments", StringComparison.Ordinal));
        // The privileges subquery is written once: no query holds its own copy.
        Assert.Equal(1, Directory.GetFiles(QueriesFolder(), "*.sql", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("coalesce(g.rolname::text, 'PUBLIC')", StringComparison.Ordinal)));
        Assert.Equal(15, queries.Single(q => q.Name == "24_publications.sql").MinimumServer);
        Assert.Equal(0, queries.Single(q => q.Name == "06_columns.sql").MinimumServer);
    }

    private static string QueriesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "SchemaGate", "Catalog", "Queries");
    }
}
