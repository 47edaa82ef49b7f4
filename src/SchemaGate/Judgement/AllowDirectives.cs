using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Seeds;

namespace SchemaGate.Judgement;

/// <summary>
/// The one place allow directives are resolved, over every finding of the run at once: up scripts, down scripts and
/// seed files. A finding of the named rule in the covered statement (or anywhere in the file) gets a
/// <see cref="Suppression"/> with the reason and the allow's line. An allow naming a rule the catalogue lacks is SG107;
/// an up script's allow that matched nothing is SG108, once every analysis that could have used it ran.
/// </summary>
public static class AllowDirectives
{
    /// <summary>Every allow of the migration set (up and down scripts) and of the seed files.</summary>
    public static IReadOnlyList<AllowScope> From(MigrationSet? set, IEnumerable<SeedFile>? seeds = null)
    {
        var allows = new List<AllowScope>();
        foreach (var script in set?.Scripts ?? [])
        {
            Collect(script, allows, reportUnused: true);
            if (script.Down is { } down) Collect(down, allows, reportUnused: false);
        }
        foreach (var seed in seeds ?? [])
        {
            if (seed.AllowDelete is { } a) allows.Add(new AllowScope(seed.RelativePath, a.RuleId, a.Reason, a.Line, 1, null, ReportUnused: false));
        }
        return allows;
    }

    private static void Collect(MigrationScript script, List<AllowScope> allows, bool reportUnused)
    {
        foreach (var allow in script.Directives.Allows)
        {
            (int, int)? span = null;
            if (allow.StatementIndex is { } index && index < script.Sql.Statements.Count)
            {
                var statement = script.Sql.Statements[index];
                span = (statement.Line, script.Sql.PositionOf(statement.End).Line);
            }
            allows.Add(new AllowScope(script.RelativePath, allow.RuleId, allow.Reason ?? "", allow.Line, allow.Column,
                allow.FileLevel ? null : allow.StatementIndex ?? -1, reportUnused) { StatementSpan = span });
        }
    }

    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyList<AllowScope> allows, Analyses ran)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(allows);
        var result = findings.ToArray();
        var extra = new List<Finding>();
        foreach (var allow in allows)
        {
            if (RuleCatalog.Find(allow.RuleId) is not { } rule)
            {
                extra.Add(MigrationFileRules.BadDirective.Report(
                    $"Allow directive names rule {allow.RuleId}, which SchemaGate does not have; see docs/rules/README.md for the rule ids.",
                    allow.File, allow.Line, allow.Column, allow.RuleId));
                continue;
            }
            var matched = false;
            for (var i = 0; i < result.Length; i++)
            {
                var finding = result[i];
                if (finding.Rule != rule || finding.File != allow.File || !Covers(allow, finding)) continue;
                matched = true;
                if (finding.Suppressed is null)
                    result[i] = finding with { Suppressed = new Suppression(SuppressionKind.Allow, allow.Reason, allow.File, allow.Line) };
            }
            if (!matched && allow.ReportUnused && CouldHaveMatched(rule, ran))
            {
                var scope = allow.FileLevel ? "in this file" : "on the statement it covers";
                extra.Add(AllowRules.UnusedAllow.Report(
                    $"The allow for {allow.RuleId} matched no {allow.RuleId} finding {scope}.",
                    allow.File, allow.Line, allow.Column, allow.RuleId));
            }
        }
        return [.. result, .. extra];
    }

    private static bool Covers(AllowScope allow, Finding finding)
    {
        if (allow.FileLevel) return true;
        if (finding.Statement is { } statement) return statement == allow.Statement;
        return finding.Line is { } line && allow.StatementSpan is var (first, last) && line >= first && line <= last;
    }

    /// <summary>
    /// Whether every analysis that can report <paramref name="rule"/> ran: data loss and locking need the traced run too
    /// (a DO block's DROP COLUMN is only seen there), down-script rules the down-script check, and so on.
    /// </summary>
    private static bool CouldHaveMatched(Rule rule, Analyses ran) => (rule.ReportedBy & ~ran) == 0;
}
