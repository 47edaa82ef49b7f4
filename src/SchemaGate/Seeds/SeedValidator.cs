using SchemaGate.Failures;

namespace SchemaGate.Seeds;

/// <summary>
/// Checks the seed files against the migrated ephemeral database: the table exists, every header column exists and
/// can be written (not generated, not identity ALWAYS). Problems are bad input: <see cref="UsageException"/>, exit 2.
/// </summary>
public static class SeedValidator
{
    public static void Validate(IReadOnlyList<SeedFile> seeds, IReadOnlyDictionary<string, TableShape> shapes)
    {
        var problems = new List<string>();
        foreach (var seed in seeds)
        {
            if (!shapes.TryGetValue(seed.QualifiedName, out var shape))
            {
                problems.Add($"{seed.RelativePath}:1: table {seed.QualifiedName} does not exist after the migrations (the file name names the table)");
                continue;
            }
            foreach (var column in seed.Columns)
            {
                var c = shape.Column(column);
                if (c is null)
                    problems.Add($"{seed.RelativePath}:{seed.HeaderLine}: column '{column}' does not exist in {seed.QualifiedName} " +
                                 $"(columns: {string.Join(", ", shape.Columns.Select(x => x.Name))})");
                else if (!c.Writable)
                    problems.Add($"{seed.RelativePath}:{seed.HeaderLine}: column '{column}' of {seed.QualifiedName} is generated or GENERATED ALWAYS AS IDENTITY; " +
                                 "leave it out of the CSV and key the rows on a natural key");
            }
        }
        if (problems.Count > 0)
            throw SeedSource.Problems("Seed files do not match the schema", problems);
    }
}
