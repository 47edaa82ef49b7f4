using SchemaGate.Failures;

namespace SchemaGate.Seeds;

/// <summary>
/// Reads the seed folder (<c>migrations/seeds/</c>): every <c>*.csv</c> at its top level, in name order. Any problem
/// in any file is bad input: one <see cref="UsageException"/> (exit 2) listing each as <c>file:line: message</c>.
/// A missing folder means no seeds.
/// </summary>
public static class SeedSource
{
    public static async Task<IReadOnlyList<SeedFile>> LoadAsync(string folder, string repositoryRoot, CancellationToken ct)
    {
        if (!Directory.Exists(folder)) return [];
        var problems = new List<string>();
        var files = new List<SeedFile>();
        var paths = Directory.EnumerateFiles(folder)
            .Where(p => Path.GetExtension(p).Equals(".csv", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var relative = Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/');
            var bytes = await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false);
            if (SeedCsvReader.Read(relative, bytes, problems) is { } file) files.Add(file);
        }
        foreach (var group in files.GroupBy(f => f.QualifiedName).Where(g => g.Count() > 1))
            problems.Add($"{group.Last().RelativePath}:1: table {group.Key} is also seeded by {group.First().RelativePath}; keep one file per table");
        if (problems.Count > 0)
            throw Problems("Seed files are invalid", problems);
        return files;
    }

    /// <summary>Bad input: the first problem on the first line (the host shows only that), then every problem, one a line.</summary>
    internal static UsageException Problems(string what, IReadOnlyList<string> problems) => new(
        $"{what}, nothing was changed: {problems[0]}" +
        (problems.Count > 1 ? $" (and {problems.Count - 1} more)\n  " + string.Join("\n  ", problems) : ""));
}
