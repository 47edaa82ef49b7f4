using SchemaGate.Rules;

namespace SchemaGate.Tests.Rules;

/// <summary>
/// Table-driven corpus: every <c>Rules/Corpus/*.sql</c> starts with <c>-- expect: SG202 SG314@3</c> (or
/// <c>-- expect: none</c>). The static rules must report exactly the listed rule ids, no others; an id with
/// <c>@line</c> must be reported on that line of the file. The files are read from the source tree, so a new case
/// is just a new file.
/// </summary>
public class CorpusTests
{
    private const string Marker = "-- expect:";

    private static string CorpusDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test output folder."),
            "tests", "SchemaGate.Tests", "Rules", "Corpus");
    }

    private static List<string> Files() =>
        [.. Directory.GetFiles(CorpusDirectory(), "*.sql").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Cases => new(Files());

    private static (HashSet<string> Ids, List<(string Id, int Line)> Located) Expected(string text, string file)
    {
        var header = text.Split('\n', 2)[0].TrimEnd('\r');
        Assert.True(header.StartsWith(Marker, StringComparison.Ordinal), $"{file}: the first line must be '{Marker} <rule ids>' or '{Marker} none'");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var located = new List<(string, int)>();
        foreach (var item in header[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (item == "none") continue;
            var at = item.Split('@');
            ids.Add(at[0]);
            if (at.Length == 2) located.Add((at[0], int.Parse(at[1], System.Globalization.CultureInfo.InvariantCulture)));
        }
        return (ids, located);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corpus_case_reports_exactly_the_expected_rules(string file)
    {
        var text = File.ReadAllText(Path.Combine(CorpusDirectory(), file)).ReplaceLineEndings("\n");
        var (ids, located) = Expected(text, file);
        var findings = Scripts.Lint(text);
        var actual = findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var described = string.Join("; ", findings.Select(f => $"{f.RuleId}@{f.Line}:{f.Column} {f.Object}"));
        Assert.True(ids.SetEquals(actual), $"{file}: expected [{string.Join(' ', ids.Order())}], got [{string.Join(' ', actual.Order())}] ({described})");
        foreach (var (id, line) in located)
        {
            Assert.True(findings.Any(f => f.RuleId == id && f.Line == line), $"{file}: expected {id} on line {line}, got {described}");
        }
    }

    [Fact]
    public void Corpus_covers_every_static_rule_both_reported_and_clean()
    {
        var cases = Files();
        Assert.True(cases.Count >= 100, $"the corpus has only {cases.Count} cases");
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in cases) reported.UnionWith(Expected(File.ReadAllText(Path.Combine(CorpusDirectory(), file)), file).Ids);
        foreach (var rule in MigrationLinter.Rules) Assert.Contains(rule.Rule.Id, reported);
    }
}
