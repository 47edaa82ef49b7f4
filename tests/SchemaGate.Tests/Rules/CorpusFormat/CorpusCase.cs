using System.Globalization;
using System.Text;

namespace SchemaGate.Tests.Rules.CorpusFormat;

/// <summary>
/// One case of the rule corpus (<c>tests/SchemaGate.Tests/Rules/Corpus/SGnnn/*.sql</c>): a change script with header
/// lines at its top, each a SQL line comment, so the whole file is the script and line numbers are the file's own:
/// <list type="bullet">
/// <item><c>-- setup: SQL</c> production's schema and rows; more lines of it follow as <c>--   SQL</c> (two spaces or more).
/// <c>-- setup: @name</c> uses <c>Corpus/setups/name.sql</c>. INSERT statements are production's rows (inserted into
/// production only); every other statement is the schema, an applied migration (0001) that the linter also reads.</item>
/// <item><c>-- expect: SG202@7 SG314 SG201=public.alerts</c> exactly the rule ids the static rules report on the change
/// (<c>@line</c>: one of them on that line; <c>=object</c>: one of them on that object); <c>-- expect: none</c>.</item>
/// <item><c>-- expect-traced: SG316 -SG208</c> what the traced run (against production) adds, or withdraws with a minus.</item>
/// <item><c>-- not: SG315 SG319</c> ids that must not appear in either run.</item>
/// <item><c>-- traced: skip reason</c> the case only runs statically (it would change the shared test server).</item>
/// <item><c>-- note: text</c> what the case is about (continues like setup).</item>
/// </list>
/// A line <c>-- next migration</c> in the body splits the change into consecutive scripts (0002, 0003, ...), each keeping
/// the file's line numbers. The folder names the rule the case is for: a case that expects it is a failing case of the
/// rule, one that does not is a passing case.
/// </summary>
public sealed record CorpusCase(string Rule, string Name, string Text)
{
    public const string NextMigration = "-- next migration";

    public string Setup { get; init; } = "";
    public IReadOnlyList<Expectation> Expect { get; init; } = [];
    public IReadOnlyList<string> TracedAdds { get; init; } = [];
    /// <summary>The added ids with their <c>@line</c> and <c>=object</c>, checked in the traced run.</summary>
    public IReadOnlyList<Expectation> TracedExpect { get; init; } = [];
    public IReadOnlyList<string> TracedWithdraws { get; init; } = [];
    public IReadOnlyList<string> Not { get; init; } = [];
    public string? TracedSkip { get; init; }
    public string? Note { get; init; }

    public string Id => $"{Rule}/{Name}";

    /// <summary>
    /// True when the gate must report the case's folder rule (the traced run's expectation, or the static one for a case
    /// that runs statically only): a failing case of that rule. A static guess the traced run withdraws is a passing case.
    /// </summary>
    public bool IsBad => (TracedSkip is null ? ExpectedTraced : ExpectedStatic).Contains(Rule);

    public IReadOnlySet<string> ExpectedStatic => Expect.Select(e => e.RuleId).ToHashSet(StringComparer.Ordinal);

    /// <summary>What the traced run must report: the static ids, plus what tracing adds, less what it withdraws.</summary>
    public IReadOnlySet<string> ExpectedTraced
    {
        get
        {
            var ids = ExpectedStatic.ToHashSet(StringComparer.Ordinal);
            ids.UnionWith(TracedAdds);
            ids.ExceptWith(TracedWithdraws);
            return ids;
        }
    }

    /// <summary>The setup's schema statements (the 0001 migration) and its INSERTs (production's rows).</summary>
    public (string Schema, string Rows) SplitSetup() => Split(Setup);

    /// <summary>A setup's schema statements and its INSERTs.</summary>
    public static (string Schema, string Rows) Split(string setup)
    {
        var schema = new StringBuilder();
        var rows = new StringBuilder();
        foreach (var statement in SchemaGate.Sql.SqlScript.Parse(setup).Statements)
        {
            if (statement.Tokens.Count == 0) continue;
            (statement.Tokens[0].IsWord("insert") ? rows : schema).Append(statement.Text).Append(";\n");
        }
        return (schema.ToString(), rows.ToString());
    }

    /// <summary>The change as scripts: (file name, text), each padded with blank lines so its line numbers are the file's.</summary>
    public IReadOnlyList<(string File, string Sql)> ChangeScripts()
    {
        var lines = Text.Split('\n');
        var parts = new List<(string, string)>();
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].TrimEnd() != NextMigration) continue;
            var padding = new string('\n', start);
            parts.Add(($"{2 + parts.Count:D4}_{Slug}.sql", padding + string.Join('\n', lines[start..i])));
            start = i + 1;
        }
        return parts;
    }

    private string Slug => new(Name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_').ToArray());

    public static CorpusCase Parse(string rule, string name, string text, Func<string, string> namedSetup)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(namedSetup);
        text = text.ReplaceLineEndings("\n");
        var setup = new StringBuilder();
        var note = new StringBuilder();
        var expect = new List<Expectation>();
        var adds = new List<string>();
        var tracedExpect = new List<Expectation>();
        var withdraws = new List<string>();
        var not = new List<string>();
        string? skip = null;
        StringBuilder? continuing = null;
        var sawExpect = false;
        foreach (var raw in text.Split('\n'))
        {
            if (!raw.StartsWith("-- ", StringComparison.Ordinal)) break;
            var body = raw[3..];
            if (body.StartsWith("  ", StringComparison.Ordinal) && continuing is not null)
            {
                continuing.Append(body.Trim()).Append('\n');
                continue;
            }
            continuing = null;
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? "" : body[..colon];
            var value = colon < 0 ? "" : body[(colon + 1)..].Trim();
            switch (key)
            {
                case "setup":
                    if (value.StartsWith('@')) setup.Append(namedSetup(value[1..])).Append('\n');
                    else if (value.Length > 0) setup.Append(value).Append('\n');
                    continuing = setup;
                    break;
                case "note":
                    note.Append(value).Append(' ');
                    continuing = note;
                    break;
                case "expect":
                    sawExpect = true;
                    foreach (var item in Items(value)) if (item != "none") expect.Add(Expectation.Parse(item));
                    break;
                case "expect-traced":
                    foreach (var item in Items(value))
                    {
                        var expectation = Expectation.Parse(item.TrimStart('-', '+'));
                        if (item.StartsWith('-')) withdraws.Add(expectation.RuleId);
                        else
                        {
                            adds.Add(expectation.RuleId);
                            tracedExpect.Add(expectation);
                        }
                    }
                    break;
                case "not":
                    not.AddRange(Items(value));
                    break;
                case "traced":
                    if (!value.StartsWith("skip", StringComparison.Ordinal)) throw new FormatException($"{rule}/{name}: 'traced:' takes 'skip <reason>'");
                    skip = value[4..].Trim();
                    if (skip.Length == 0) throw new FormatException($"{rule}/{name}: 'traced: skip' needs a reason");
                    break;
                default:
                    goto done;
            }
        }
        done:
        if (!sawExpect) throw new FormatException($"{rule}/{name}: no '-- expect:' header (write '-- expect: none' for a clean case)");
        return new CorpusCase(rule, name, text)
        {
            Setup = setup.ToString(),
            Expect = expect,
            TracedAdds = adds,
            TracedExpect = tracedExpect,
            TracedWithdraws = withdraws,
            Not = not,
            TracedSkip = skip,
            Note = note.Length == 0 ? null : note.ToString().Trim(),
        };
    }

    private static string[] Items(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => Id;
}

/// <summary>One expected rule id, optionally on a line and/or an object: <c>SG202@7=public.alerts.payload</c>.</summary>
public sealed record Expectation(string RuleId, int? Line, string? Object)
{
    public static Expectation Parse(string item)
    {
        string? obj = null;
        var eq = item.IndexOf('=', StringComparison.Ordinal);
        if (eq >= 0)
        {
            obj = item[(eq + 1)..];
            item = item[..eq];
        }
        int? line = null;
        var at = item.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            line = int.Parse(item[(at + 1)..], CultureInfo.InvariantCulture);
            item = item[..at];
        }
        return new Expectation(item, line, obj);
    }
}
