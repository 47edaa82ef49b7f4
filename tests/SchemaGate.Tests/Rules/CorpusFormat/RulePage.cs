using System.Text;

namespace SchemaGate.Tests.Rules.CorpusFormat;

/// <summary>
/// A rule's page (docs/rules/SGnnn.md) as the page test reads it: the <c>## Setup</c> section's sql block (production's
/// schema and rows before the change; INSERTs are rows, as in the corpus), and every sql block under <c>## Bad</c> and
/// <c>## Good</c> (each block is a change; a line <c>-- next migration</c> splits it into scripts). A page about something
/// other than a script declares <c>&lt;!-- page-test: exempt (reason) --&gt;</c> and has no Setup.
/// </summary>
public sealed record RulePage(string RuleId, string Path, string Text)
{
    public const string ExemptMarker = "<!-- page-test: exempt (";

    public string? ExemptReason
    {
        get
        {
            var at = Text.IndexOf(ExemptMarker, StringComparison.Ordinal);
            if (at < 0) return null;
            var end = Text.IndexOf(") -->", at, StringComparison.Ordinal);
            return end < 0 ? "" : Text[(at + ExemptMarker.Length)..end];
        }
    }

    public string? Setup => SqlBlocks("Setup").FirstOrDefault();

    public IReadOnlyList<string> Bad => SqlBlocks("Bad");

    public IReadOnlyList<string> Good => SqlBlocks("Good");

    /// <summary>The ```sql blocks of the <c>## heading</c> section (up to the next <c>## </c>).</summary>
    public IReadOnlyList<string> SqlBlocks(string heading)
    {
        var lines = Text.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<string>();
        var inSection = false;
        StringBuilder? block = null;
        foreach (var line in lines)
        {
            if (block is null && line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSection = line[3..].Trim() == heading;
                continue;
            }
            if (!inSection) continue;
            if (block is null && line.TrimEnd() == "```sql") block = new StringBuilder();
            else if (block is not null && line.TrimEnd() == "```")
            {
                blocks.Add(block.ToString());
                block = null;
            }
            else block?.Append(line).Append('\n');
        }
        return blocks;
    }

    /// <summary>A block as the change's scripts (0002, 0003, ...), split at <c>-- next migration</c> lines.</summary>
    public static IReadOnlyList<(string File, string Sql)> Scripts(string block, string name)
    {
        var parts = new List<(string, string)>();
        var current = new StringBuilder();
        foreach (var line in block.Split('\n'))
        {
            if (line.TrimEnd() == CorpusCase.NextMigration)
            {
                parts.Add(($"{2 + parts.Count:D4}_{name}.sql", current.ToString()));
                current.Clear();
            }
            else current.Append(line).Append('\n');
        }
        parts.Add(($"{2 + parts.Count:D4}_{name}.sql", current.ToString()));
        return parts;
    }

    public static IReadOnlyList<RulePage> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        var rules = System.IO.Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found"), "docs", "rules");
        return Directory.GetFiles(rules, "SG*.md").Order(StringComparer.Ordinal)
            .Select(f => new RulePage(System.IO.Path.GetFileNameWithoutExtension(f), f, File.ReadAllText(f))).ToList();
    }
}
