using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules;
using SchemaGate.Sql;

namespace SchemaGate.Tests.Rules.CorpusFormat;

/// <summary>
/// A corpus case through the static rules alone, as LintMigrations sees it with production's journal: the setup's schema
/// is the applied migration 0001, the change's scripts are pending (the change), and only their findings count.
/// </summary>
public static class CorpusLint
{
    public const string SetupFile = "0001_setup.sql";

    /// <param name="parse">How the scripts are parsed (<see cref="SqlScript.Parse(string)"/> unless told).</param>
    public static IReadOnlyList<Finding> Run(CorpusCase @case, Func<string, SqlScript>? parse = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        parse ??= SqlScript.Parse;
        var scripts = new List<MigrationScript>();
        var (schema, _) = @case.SplitSetup();
        if (schema.Length > 0) scripts.Add(Script(1, SetupFile, schema, parse));
        var change = @case.ChangeScripts()
            .Select(s => Script(int.Parse(s.File[..4], System.Globalization.CultureInfo.InvariantCulture), s.File, s.Sql, parse)).ToList();
        scripts.AddRange(change);
        var files = change.Select(s => s.RelativePath).ToHashSet(StringComparer.Ordinal);
        return MigrationLinter.Lint(new MigrationSet(scripts, []), s => files.Contains(s.RelativePath))
            .Where(f => f.File is not null && files.Contains(f.File)).ToList();
    }

    private static MigrationScript Script(int version, string file, string sql, Func<string, SqlScript> parse)
    {
        var parsed = parse(sql);
        return new MigrationScript(version, Path.GetFileNameWithoutExtension(file)[5..], file, "migrations/" + file, sql, ScriptChecksum.Of(sql), parsed,
            ScriptDirectives.From(parsed), Down: null);
    }

    /// <summary>What differs between the expected ids (and their lines and objects) and the findings; empty when they agree.</summary>
    public static IReadOnlyList<string> Mismatches(IReadOnlySet<string> expected, IEnumerable<Expectation> located, IReadOnlyList<Finding> findings,
        IEnumerable<string> not)
    {
        var problems = new List<string>();
        var actual = findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var described = string.Join("; ", findings.Select(f => $"{f.RuleId}@{f.Line} {f.Object}"));
        if (!expected.SetEquals(actual))
            problems.Add($"expected [{string.Join(' ', expected.Order())}], got [{string.Join(' ', actual.Order())}] ({described})");
        foreach (var e in located.Where(e => e.Line is not null || e.Object is not null))
        {
            if (!findings.Any(f => f.RuleId == e.RuleId && (e.Line is null || f.Line == e.Line) && (e.Object is null || f.Object == e.Object)))
                problems.Add($"expected {e.RuleId}{(e.Line is null ? "" : $" on line {e.Line}")}{(e.Object is null ? "" : $" on {e.Object}")}, got {described}");
        }
        foreach (var id in not.Where(actual.Contains)) problems.Add($"{id} must not be reported ({described})");
        return problems;
    }
}
