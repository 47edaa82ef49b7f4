using System.Numerics;
using SchemaGate.Findings;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules;
using SchemaGate.Sql;
using SchemaGate.Tracing;

namespace SchemaGate.Generation;

/// <summary>One rule a generated statement triggers, as written above it in the script.</summary>
public sealed record StatementAnnotation(string RuleId, Severity Severity, string Title, bool Traced)
{
    /// <summary>What the rule's danger does to a table (a static rule that names a rewrite makes the traced rewrite its evidence).</summary>
    public RuleEffects Effects { get; init; }

    /// <summary>A static finding the traced run saw too (the same rule on the same statement).</summary>
    public bool Confirmed { get; init; }

    public override string ToString() =>
        $"{RuleId} {Severity.ToString().ToLowerInvariant()}: {Title}" +
        (Traced ? " (seen when the script ran on the copy)" : Confirmed ? " (confirmed when the script ran on the copy)" : "");
}

/// <summary>
/// The one place generation meets the rules and the traced analysis: a generated script is linted exactly as a
/// migration file is (<see cref="MigrationLinter"/>), and, while it is validated, run under the same tracer
/// ApplyMigrations uses (<see cref="ScriptTracer"/> as the runner's observer); every finding is tied back to the
/// statement it was found on, so a generated DROP is as visible as a hand-written one. Everything else in
/// generation goes through this adapter, so the rules' and the tracer's own shape can change behind it.
/// </summary>
public static class RuleAnnotator
{
    /// <summary>A generated script as the linter and the runner take migration files (<c>generated/0001_name.sql</c>).</summary>
    public static MigrationScript AsScript(int version, string name, string text)
    {
        var sql = SqlScript.Parse(text);
        var fileName = $"{version:0000}_{name}.sql";
        return new MigrationScript(new BigInteger(version), name, fileName, "generated/" + fileName, text,
            ScriptChecksum.Of(text), sql, ScriptDirectives.From(sql), Down: null);
    }

    /// <summary>What the static rules say about each statement of <paramref name="script"/>, by statement index.</summary>
    public static Dictionary<int, List<StatementAnnotation>> Lint(RenderedScript script, int version, string name)
    {
        var findings = MigrationLinter.Lint(AsScript(version, name, script.Text));
        return ByStatement(script, findings.Select(f => (f, false)));
    }

    /// <summary>A fresh observer for the runner that records the traced analysis of the scripts it runs.</summary>
    public static IStatementObserver NewTracer() => new ScriptTracer();

    /// <summary>What the tracer saw while <paramref name="tracer"/> observed the run of <paramref name="script"/>, by statement index.</summary>
    public static Dictionary<int, List<StatementAnnotation>> Traced(IStatementObserver tracer, MigrationScript ran, RenderedScript script)
    {
        if (tracer is not ScriptTracer scriptTracer) return [];
        var findings = TracedFindings.For(scriptTracer.Traces.Where(t => t.Script.FileName == ran.FileName)).Findings.Select(f => (f, true));
        return ByStatement(script, findings);
    }

    /// <summary>
    /// Both kinds of annotation for a statement, each rule once (the static one, marked confirmed, when both saw it); a traced rewrite is
    /// left out where a static rule on the statement already names the rewrite (as <see cref="TraceJoin"/> joins them).
    /// </summary>
    public static IReadOnlyList<StatementAnnotation> Merge(IReadOnlyList<StatementAnnotation>? lint, IReadOnlyList<StatementAnnotation>? traced)
    {
        var seen = traced ?? [];
        var statics = (lint ?? []).Select(a => seen.Any(t => t.RuleId == a.RuleId) ? a with { Confirmed = true } : a).ToList();
        var namesRewrite = statics.Any(a => (a.Effects & RuleEffects.RewritesTable) != 0);
        return statics.Concat(seen.Where(a => !(namesRewrite && a.RuleId == TracedRules.Rewrite.Id)))
            .GroupBy(a => a.RuleId).Select(g => g.First()).OrderBy(a => a.RuleId, StringComparer.Ordinal).ToList();
    }

    private static Dictionary<int, List<StatementAnnotation>> ByStatement(RenderedScript script, IEnumerable<(Finding Finding, bool Traced)> findings)
    {
        var result = new Dictionary<int, List<StatementAnnotation>>();
        foreach (var (f, traced) in findings)
        {
            if (f.Line is not { } line) continue;
            // Lines are those of the script the analysis read, whose statements are the rendered script's, in order.
            var index = StatementAt(script, line);
            if (index < 0) continue;
            if (!result.TryGetValue(index, out var list)) result[index] = list = [];
            if (list.All(a => a.RuleId != f.RuleId)) list.Add(new StatementAnnotation(f.RuleId, f.Severity, f.Title, traced) { Effects = f.Rule.Effects });
        }
        return result;
    }

    /// <summary>The index of the statement that starts at or before <paramref name="line"/> (the last such one), or -1.</summary>
    private static int StatementAt(RenderedScript script, int line)
    {
        var index = -1;
        for (var i = 0; i < script.StatementLines.Count && script.StatementLines[i] <= line; i++) index = i;
        return index;
    }
}
