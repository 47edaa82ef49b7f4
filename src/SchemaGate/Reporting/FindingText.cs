using System.Globalization;
using SchemaGate.Findings;
using SchemaGate.Impact;

namespace SchemaGate.Reporting;

/// <summary>
/// A finding in words: its own message, then what the traced run saw ("Traced: ...") and what production holds
/// ("In production: ..."), all rendered here from the finding's typed evidence. Every reporter (console, report.md,
/// report.json's message, SARIF, annotations) uses this, so they agree.
/// </summary>
public static class FindingText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The message with the evidence sentences: what report.json's <c>message</c> holds.</summary>
    public static string Describe(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var parts = new List<string>(3);
        if (finding.Message.Length > 0) parts.Add(finding.Message.TrimEnd());
        if (finding.Evidence.Trace.Count > 0) parts.Add($"Traced: {Trace(finding.Evidence.Trace)}.");
        if (finding.Evidence.Impact is { } impact) parts.Add(Impact(finding.Rule, impact));
        if (finding.Evidence.Uncertain is { } uncertain) parts.Add($"Uncertain: {uncertain}.");
        return string.Join(' ', parts);
    }

    /// <summary><see cref="Describe"/> followed by a note when the policy file changed the finding's severity.</summary>
    public static string DescribeWithPolicy(Finding finding) => finding.Policy is { } p
        ? $"{Describe(finding)} ({(p.To > p.From ? "raised" : "lowered")} from {ReportText.Severity(p.From)} to {ReportText.Severity(p.To)} by " +
          $"{(p.File is null ? "the policy" : p.Line is null ? p.File : $"{p.File}:{p.Line}")})"
        : Describe(finding);

    public static string Trace(IEnumerable<TraceFact> facts) => string.Join("; ", facts.Select(Fact));

    public static string Fact(TraceFact fact) => fact.Kind switch
    {
        TraceFactKind.Removed when fact.FromSchemaDiff =>
            $"{fact.ObjectKind} {fact.Object} is gone after the script (schema compared before and after it, on top of production's history)",
        TraceFactKind.Removed =>
            $"the statement removed {fact.ObjectKind} {fact.Object}{(fact.With.Count == 0 ? "" : $" (with it: {string.Join(", ", fact.With)})")}",
        TraceFactKind.Locked => $"{Tracing.LockModes.Display(fact.Mode ?? "")} lock on {fact.Object}",
        TraceFactKind.Rewrote => fact.ObjectKind == "table"
            ? $"rewrote table {fact.Object}{(fact.With.Count == 0 ? "" : $" and {fact.With.Count} of its index(es)")} (new data file: every row copied under ACCESS EXCLUSIVE)"
            : $"rewrote {fact.With.Count + 1} index(es) of {fact.Object} ({string.Join(", ", fact.With)})",
        TraceFactKind.Ran => $"{Quote(fact.Statement)} ran {fact.Via}",
        TraceFactKind.NoRewrite => $"{fact.Object} kept its data file: the type change did not rewrite the table",
        _ => fact.Object,
    };

    /// <summary>The production sentence, worded for what the rule's danger does to the table.</summary>
    public static string Impact(Rule rule, TableImpact impact)
    {
        var size = $"{ImpactText.Rows(impact)}, {ImpactText.Size(impact.TotalBytes)}";
        if (rule.Impact == ImpactKind.Column && impact.Target.Column is { } column)
        {
            var name = $"{impact.Table}.{Rules.QualifiedName.Display(column)}";
            return impact.NonNullValues is { } values
                ? $"In production: drops column {name}: {values.ToString("N0", Invariant)} {(values == 1 ? "row holds" : "rows hold")} a value (table: {size})."
                : $"In production: drops column {name} of a table with {size}.";
        }
        if (rule.Names(RuleEffects.FailsOnRows))
            return impact.Rows is > 0
                ? $"In production: {impact.Table} holds {size}, so the statement fails there."
                : $"In production: {impact.Table} holds {size}.";
        if (rule.Names(RuleEffects.RemovesObject)) return $"In production: drops table {impact.Table} ({size}).";
        if (rule.Names(RuleEffects.DeletesRows)) return $"In production: deletes every row of {impact.Table} ({size}).";
        if (rule.Names(RuleEffects.OverwritesRows)) return $"In production: overwrites every row of {impact.Table} ({size}).";
        if (rule.Family == RuleFamily.DataLoss) return $"In production: {impact.Table} holds {size}.";
        return $"In production: {impact.Table} holds {size}; the lock lasts for the whole statement.";
    }

    /// <summary>A nested statement's text on one line, shortened to 120 characters.</summary>
    private static string Quote(string? statement)
    {
        var text = string.Join(' ', (statement ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 120 ? text : text[..117] + "...";
    }
}
