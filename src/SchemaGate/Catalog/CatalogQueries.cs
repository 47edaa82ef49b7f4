using System.Reflection;

namespace SchemaGate.Catalog;

/// <summary>
/// One embedded catalog query: its file name (<c>06_columns.sql</c>) and text, and the oldest PostgreSQL major it
/// runs on (a first line <c>-- minimum server: 15</c>; 0 = any): on an older server its kinds are not read.
/// </summary>
internal sealed record CatalogQuery(string Name, string Sql)
{
    private const string MinimumLine = "-- minimum server:";

    public int MinimumServer => Sql.StartsWith(MinimumLine, StringComparison.Ordinal)
        ? int.Parse(Sql.AsSpan(MinimumLine.Length, Sql.IndexOf('\n', StringComparison.Ordinal) - MinimumLine.Length).Trim(),
            System.Globalization.CultureInfo.InvariantCulture)
        : 0;
}

/// <summary>
/// The embedded catalog queries (Catalog/Queries/*.sql), one per object kind, heaviest first (the order in which
/// connections pick them up, so the long ones start at once), then the rest in file-name order. Text shared by
/// several queries lives once in Catalog/Queries/Fragments/ and is spliced in where a query says
/// <c>{{name: argument ; argument}}</c>, for example <c>{{privileges: ACL ; OWNER}}</c> (see <see cref="QueryFragments"/>).
/// </summary>
internal static class CatalogQueries
{
    private const string Prefix = "SchemaGate.Catalog.Queries.";

    // Measured on 10,000 tables: these four take nearly all the server's time, in this order.
    private static readonly string[] Heaviest = ["07_constraints.sql", "06_columns.sql", "08_indexes.sql", "05_tables.sql"];

    private static readonly Lazy<QueryFragments> Fragments = new(LoadFragments);

    public static IReadOnlyList<CatalogQuery> Load()
    {
        var assembly = typeof(CatalogQueries).Assembly;
        var names = ResourceNames(assembly)
            .Where(n => !n.StartsWith(QueryFragments.Folder, StringComparison.Ordinal))
            .OrderBy(n => Array.IndexOf(Heaviest, n) is var i && i >= 0 ? i : Heaviest.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .ToArray();
        if (names.Length == 0)
            throw new InvalidOperationException("The catalog queries are not embedded in the SchemaGate assembly.");
        return names.Select(n => new CatalogQuery(n, Fragments.Value.Expand(n, Read(assembly, Prefix + n)))).ToArray();
    }

    /// <summary>Splices the shared fragments into <paramref name="sql"/> (the text of a query not read from the embedded files).</summary>
    internal static string Expand(string sql) => Fragments.Value.Expand("(query text)", sql);

    private static QueryFragments LoadFragments()
    {
        var assembly = typeof(CatalogQueries).Assembly;
        return new QueryFragments(ResourceNames(assembly)
            .Where(n => n.StartsWith(QueryFragments.Folder, StringComparison.Ordinal))
            .ToDictionary(n => n[QueryFragments.Folder.Length..^".sql".Length], n => Read(assembly, Prefix + n), StringComparer.Ordinal));
    }

    private static IEnumerable<string> ResourceNames(Assembly assembly) => assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..]);

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded query {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
