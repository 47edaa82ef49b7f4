using System.Reflection;

namespace SchemaGate.Catalog;

/// <summary>One embedded catalog query: its file name (<c>06_columns.sql</c>) and text.</summary>
internal sealed record CatalogQuery(string Name, string Sql);

/// <summary>
/// The embedded catalog queries (Catalog/Queries/*.sql), one per object kind, heaviest first (the order in which
/// connections pick them up, so the long ones start at once), then the rest in file-name order.
/// </summary>
internal static class CatalogQueries
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
        return names.Select(n => new CatalogQuery(n, Read(assembly, Prefix + n))).ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded query {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
