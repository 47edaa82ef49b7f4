namespace SchemaGate.Seeds;

/// <summary>
/// Foreign-key order: a seeded table comes after the seeded tables it references (parents first), so inserts
/// never point at rows not yet there; deletes run in the reverse order. Ties and cycles keep file-name order.
/// </summary>
public static class SeedOrder
{
    public static IReadOnlyList<SeedFile> Sort(IReadOnlyList<SeedFile> seeds, IReadOnlyDictionary<string, TableShape> shapes)
    {
        var names = seeds.Select(s => s.QualifiedName).ToHashSet(StringComparer.Ordinal);
        var pending = seeds.ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var sorted = new List<SeedFile>();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(s => ParentsOf(s).All(done.Contains)) ?? pending[0];
            pending.Remove(next);
            done.Add(next.QualifiedName);
            sorted.Add(next);
        }
        return sorted;

        IEnumerable<string> ParentsOf(SeedFile s) => shapes.TryGetValue(s.QualifiedName, out var shape)
            ? shape.References.Where(names.Contains)
            : [];
    }
}
