using System.Reflection;
using System.Text.RegularExpressions;

namespace SchemaGate.Catalog;

/// <summary>One embedded catalog query: its file name (<c>06_columns.sql</c>) and text.</summary>
internal sealed record CatalogQuery(string Name, string Sql);

/// <summary>
/// The embedded catalog queries (Catalog/Queries/*.sql), one per object kind, heaviest first (the order in which
/// connections pick them up, so the long ones start at once), then the rest in file-name order.
/// </summary>
internal static partial class CatalogQueries
{
    private const string Prefix = "SchemaGate.Catalog.Queries.";

    // Measured on 10,000 tables: these four take nearly all the server's time, in this order.
    private static readonly string[] Heaviest = ["07_constraints.sql", "06_columns.sql", "08_indexes.sql", "05_tables.sql"];

    public static IReadOnlyList<CatalogQuery> Load()
    {
        var assembly = typeof(CatalogQueries).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .OrderBy(n => Array.IndexOf(Heaviest, n) is var i && i >= 0 ? i : Heaviest.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToArray();
        if (names.Length == 0)
            throw new InvalidOperationException("The catalog queries are not embedded in the SchemaGate assembly.");
        return names.Select(n => new CatalogQuery(n, Expand(Read(assembly, Prefix + n)))).ToArray();
    }

    /// <summary>
    /// The queries' one shared fragment, written once here: <c>{{privileges: ACL ; OWNER}}</c> becomes the sorted
    /// <c>grantee:privilege[:grantable]</c> list of the ACL, without the owner's own rights (a copy that drifted
    /// between object kinds would show as false drift).
    /// </summary>
    internal static string Expand(string sql) => PrivilegesMacro().Replace(sql, m =>
        $"""
        (SELECT string_agg(e, '; ' ORDER BY e)
                  FROM (SELECT coalesce(g.rolname::text, 'PUBLIC') || ':' || x.privilege_type
                               || CASE WHEN x.is_grantable THEN ':grantable' ELSE '' END AS e
                          FROM aclexplode({m.Groups["acl"].Value.Trim()}) x
                          LEFT JOIN pg_roles g ON g.oid = x.grantee
                         WHERE x.grantee <> {m.Groups["owner"].Value.Trim()}) privileges_list)
        """);

    [GeneratedRegex(@"\{\{privileges:(?<acl>[^;{}]+);(?<owner>[^;{}]+)\}\}")]
    private static partial Regex PrivilegesMacro();

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded query {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
