using System.Reflection;

namespace SchemaGate.Catalog;

/// <summary>The embedded catalog queries (Catalog/Queries/*.sql), one per object kind, in file-name order.</summary>
internal static class CatalogQueries
{
    private const string Prefix = "SchemaGate.Catalog.Queries.";

    public static IReadOnlyList<(string Name, string Sql)> Load()
    {
        var assembly = typeof(CatalogQueries).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        if (names.Length == 0)
            throw new InvalidOperationException("The catalog queries are not embedded in the SchemaGate assembly.");
        return names.Select(n => (n[Prefix.Length..], Read(assembly, n))).ToArray();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded query {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
