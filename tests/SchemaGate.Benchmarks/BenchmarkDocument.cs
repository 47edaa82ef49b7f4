using System.Text;

namespace SchemaGate.Benchmarks;

/// <summary>
/// Writes docs/benchmarks.md: the fixed preamble, then one section per benchmark (a section starts at its "## " heading).
/// Sections measured in this run replace those of the same heading in the existing file; the others are kept, so
/// running one benchmark (<c>--only catalog</c>) does not throw away the numbers of the rest.
/// </summary>
internal static class BenchmarkDocument
{
    private const string Preamble =
        "# SchemaGate benchmarks\n\n" +
        "Produced by `./build.sh Benchmark` (which runs `dotnet run --project tests/SchemaGate.Benchmarks -c Release -- --output docs/benchmarks.md`).\n" +
        "Numbers are wall-clock times on the machine each section names (medians where a section says so), each next to its peer or floor measured in the same run; they are never asserted in tests.\n" +
        "`--only catalog` (or `gate`, `start`, `lint`, `apply`, `backlog`, `big`, `tracing`, `generate`) reruns one benchmark and replaces only its section.\n\n";

    public static string Merge(string? existing, string machine, IReadOnlyList<(string Heading, string Text)> measured)
    {
        var kept = new List<(string Heading, string Text)>();
        var head = "";
        if (existing is not null)
        {
            var parts = Split(existing);
            head = parts.Head;
            kept.AddRange(parts.Sections);
        }
        var all = measured.Select(m => m.Heading).ToHashSet(StringComparer.Ordinal);
        var fullRun = measured.Count >= 5 || existing is null;

        // A full run writes the preamble and its machine; a partial run keeps the head of the run it amends.
        var sb = new StringBuilder();
        if (fullRun || head.Length == 0) sb.Append(Preamble).Append(machine).Append("\n\n");
        else sb.Append(head.TrimEnd()).Append("\n\n");
        var written = new HashSet<string>(StringComparer.Ordinal);
        var keptHeadings = kept.Select(k => k.Heading).ToHashSet(StringComparer.Ordinal);
        foreach (var (heading, text) in kept)
        {
            // The same heading first; else a section of the same first words whose own heading is not in the file (the
            // table count changed, say). "## DeployCheck with 2,000 ..." never replaces "## DeployCheck with 10,000 ...".
            var replacement = measured.FirstOrDefault(m => m.Heading == heading);
            if (replacement.Text is null)
                replacement = measured.FirstOrDefault(m => SameSection(m.Heading, heading) && !keptHeadings.Contains(m.Heading));
            if (replacement.Text is not null)
            {
                if (written.Add(replacement.Heading)) sb.Append(replacement.Text.TrimEnd()).Append("\n\n");
            }
            else if (!fullRun) sb.Append(text.TrimEnd()).Append("\n\n");
        }
        foreach (var m in measured.Where(m => !written.Contains(m.Heading) && all.Contains(m.Heading)))
            sb.Append(m.Text.TrimEnd()).Append("\n\n");
        return sb.ToString().TrimEnd() + "\n";
    }

    // Headings carry numbers ("## Snapshot of a 10,000-table database"); a section is the same when its first word is.
    private static bool SameSection(string a, string b) => Key(a) == Key(b);

    private static string Key(string heading) => string.Join(' ', heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));

    private static (string Head, List<(string Heading, string Text)> Sections) Split(string text)
    {
        var sections = new List<(string, string)>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var head = new StringBuilder();
        StringBuilder? current = null;
        string? heading = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (current is not null) sections.Add((heading!, current.ToString()));
                heading = line;
                current = new StringBuilder();
            }
            (current ?? head).Append(line).Append('\n');
        }
        if (current is not null) sections.Add((heading!, current.ToString()));
        return (head.ToString(), sections);
    }
}
