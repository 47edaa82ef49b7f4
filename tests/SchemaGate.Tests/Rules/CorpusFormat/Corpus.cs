namespace SchemaGate.Tests.Rules.CorpusFormat;

/// <summary>The rule corpus in the source tree: every <c>Corpus/SGnnn/*.sql</c> (found above the test binaries by Pipeline.sln).</summary>
public static class Corpus
{
    public static string Directory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the binaries."),
            "tests", "SchemaGate.Tests", "Rules", "Corpus");
    }

    public static IReadOnlyList<CorpusCase> Load()
    {
        var root = Directory();
        var setups = Path.Combine(root, "setups");
        string Named(string name) => File.ReadAllText(Path.Combine(setups, name + ".sql"));
        return System.IO.Directory.GetDirectories(root)
            .Where(d => Path.GetFileName(d).StartsWith("SG", StringComparison.Ordinal))
            .OrderBy(d => d, StringComparer.Ordinal)
            .SelectMany(d => System.IO.Directory.GetFiles(d, "*.sql").Order(StringComparer.Ordinal)
                .Select(f => CorpusCase.Parse(Path.GetFileName(d), Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), Named)))
            .ToList();
    }
}
