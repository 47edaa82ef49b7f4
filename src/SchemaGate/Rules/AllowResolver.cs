using SchemaGate.Findings;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rules;

/// <summary>
/// Applies the <c>-- schemagate:allow</c> / <c>allow-file</c> directives of the up scripts to findings: a finding of
/// the named rule in the covered statement (or anywhere in the file) gets a <see cref="Suppression"/> with the
/// reason and the allow's line. An allow naming a rule the catalogue does not know is reported as SG107; one that
/// matched nothing as SG108. Down scripts' allows are checked for unknown rules only (down scripts are not linted).
/// </summary>
public static class AllowResolver
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, MigrationSet set)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(set);
        var result = findings.ToArray();
        var extra = new List<Finding>();
        foreach (var script in set.Scripts)
        {
            Resolve(script, result, extra, reportUnused: true);
            if (script.Down is { } down) Resolve(down, result, extra, reportUnused: false);
        }
        return [.. result, .. extra];
    }

    private static void Resolve(MigrationScript script, Finding[] findings, List<Finding> extra, bool reportUnused)
    {
        foreach (var allow in script.Directives.Allows)
        {
            if (RuleCatalog.Find(allow.RuleId) is null)
            {
                extra.Add(HistoryRules.BadDirective.Report(
                    $"Allow directive names rule {allow.RuleId}, which SchemaGate does not have; see docs/rules/README.md for the rule ids.",
                    script.RelativePath, allow.Line, allow.Column, allow.RuleId));
                continue;
            }

            var matched = false;
            for (var i = 0; i < findings.Length; i++)
            {
                var finding = findings[i];
                if (finding.File != script.RelativePath || !string.Equals(finding.RuleId, allow.RuleId, StringComparison.OrdinalIgnoreCase)) continue;
                if (!allow.FileLevel && !InStatement(script, allow.StatementIndex, finding)) continue;
                matched = true;
                finding = findings[i] = finding.Suppressed is null
                    ? finding with { Suppressed = new Suppression("allow", allow.Reason ?? "", script.RelativePath, allow.Line) }
                    : finding;
            }
            if (!matched && reportUnused)
            {
                var scope = allow.FileLevel ? "in this file" : "on the statement it covers";
                extra.Add(HistoryRules.UnusedAllow.Report(
                    $"The allow for {allow.RuleId} matched no {allow.RuleId} finding {scope}; remove it or move it before the statement it is meant for.",
                    script.RelativePath, allow.Line, allow.Column, allow.RuleId));
            }
        }
    }

    /// <summary>True when the finding's position lies within the statement's text.</summary>
    private static bool InStatement(MigrationScript script, int? statementIndex, Finding finding)
    {
        if (statementIndex is not { } index || index >= script.Sql.Statements.Count || finding.Line is not { } line) return false;
        var statement = script.Sql.Statements[index];
        var column = finding.Column ?? statement.Column;
        var (endLine, endColumn) = script.Sql.PositionOf(statement.End);
        var afterStart = line > statement.Line || (line == statement.Line && column >= statement.Column);
        var beforeEnd = line < endLine || (line == endLine && column < endColumn);
        return afterStart && beforeEnd;
    }
}
