namespace SchemaGate.IntegrationTests.Generation;

/// <summary>
/// One case of the generation corpus: the DDL of a source database, the DDL of a target database, and where it is
/// written (Corpus/&lt;file&gt;.sql, after <c>-- case: name</c>). <c>{r1}</c> and <c>{r2}</c> stand for roles made for the run.
/// </summary>
public sealed record CorpusCase(string File, string Name, string From, string To)
{
    public string Id => $"{File}: {Name}";

    public bool NeedsRoles => From.Contains("{r", StringComparison.Ordinal) || To.Contains("{r", StringComparison.Ordinal);

    public override string ToString() => Id;

    /// <summary>
    /// Every case of every corpus file. A file holds cases as <c>-- case: name</c>, then <c>-- from:</c> and the
    /// source DDL, then <c>-- to:</c> and the target DDL.
    /// </summary>
    public static IReadOnlyList<CorpusCase> All { get; } = Load();

    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"),
                "tests", "SchemaGate.IntegrationTests", "Generation", "Corpus");
        }
    }

    private static List<CorpusCase> Load()
    {
        var cases = new List<CorpusCase>();
        foreach (var path in Directory.GetFiles(Folder, "*.sql").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileNameWithoutExtension(path);
            string? name = null;
            var from = new System.Text.StringBuilder();
            var to = new System.Text.StringBuilder();
            System.Text.StringBuilder? into = null;
            void Flush()
            {
                if (name is not null) cases.Add(new CorpusCase(file, name, from.ToString().Trim(), to.ToString().Trim()));
                from.Clear();
                to.Clear();
                into = null;
            }
            foreach (var line in System.IO.File.ReadLines(path))
            {
                if (line.StartsWith("-- case:", StringComparison.Ordinal))
                {
                    Flush();
                    name = line["-- case:".Length..].Trim();
                }
                else if (line.Trim() == "-- from:") into = from;
                else if (line.Trim() == "-- to:") into = to;
                else into?.AppendLine(line);
            }
            Flush();
        }
        return cases;
    }
}
