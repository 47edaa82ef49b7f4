using SchemaGate.Findings;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rollback;

/// <summary>
/// SG113-SG115 are reported on the down script, so a <c>-- schemagate:allow-file SG11x reason="..."</c> in the down
/// script accepts them (the lint-time allow resolver cannot: these findings only exist after the database check).
/// </summary>
public static class DownScriptAllows
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyList<MigrationScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(scripts);
        return findings.Select(finding =>
        {
            var down = scripts.Select(s => s.Down).FirstOrDefault(d => d is not null && d.RelativePath == finding.File);
            var allow = down?.Directives.Allows.FirstOrDefault(a =>
                a.FileLevel && string.Equals(a.RuleId, finding.RuleId, StringComparison.OrdinalIgnoreCase));
            return allow is null || finding.Suppressed is not null
                ? finding
                : finding with { Suppressed = new Suppression("allow", allow.Reason ?? "", down!.RelativePath, allow.Line) };
        }).ToArray();
    }
}
