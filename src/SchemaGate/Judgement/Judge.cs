using SchemaGate.Findings;

namespace SchemaGate.Judgement;

/// <summary>
/// The one pass that turns what the analyses reported into what the gate decides on, run once over all findings when a
/// report is composed: allow directives (up and down scripts, seed files), then the policy file (severities, rules
/// off, advice rules on), then the evidence (a statement that fails on a table with rows, and production's table has
/// rows: an error), then the scope (findings on scripts outside the change are history). Blocking is decided here and
/// nowhere else.
/// </summary>
public static class Judge
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, JudgementInput input)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(input);
        var allowed = AllowDirectives.Apply(findings, input.Allows, input.Ran);
        return allowed
            .Where(f => f.Rule.EnabledByDefault || input.Policy.Sets(f.RuleId))
            .Select(input.Policy.Apply)
            .Select(FailsInProduction)
            .Select(f => f.Rule.ScopedToChange && f.File is not null && !input.Change.Includes(f.File) ? f with { Scope = FindingScope.History } : f)
            .ToArray();
    }

    /// <summary>
    /// A finding whose rule fails on a table with rows (<see cref="RuleEffects.FailsOnRows"/>) is an error when production's
    /// numbers say the table has rows: the script will fail there. The policy file's own severity for the rule wins.
    /// </summary>
    public static Finding FailsInProduction(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Rule.Names(RuleEffects.FailsOnRows) && finding.Policy is null && finding.Severity < Severity.Error &&
               finding.Evidence.Impact is { Rows: > 0 }
            ? finding with { Severity = Severity.Error }
            : finding;
    }

    /// <summary>
    /// A finding blocks when nobody accepted it, it is about the change, and it is an error (with <paramref name="strict"/>,
    /// a warning too). Notices, allowed findings and history never block.
    /// </summary>
    public static bool IsBlocking(Finding finding, bool strict) =>
        finding.Suppressed is null && finding.Scope == FindingScope.Change &&
        (finding.Severity == Severity.Error || (strict && finding.Severity == Severity.Warning));

    public static Verdict Decide(IEnumerable<Finding> findings, bool strict) =>
        findings.Any(f => IsBlocking(f, strict)) ? Verdict.Fail : Verdict.Pass;
}
