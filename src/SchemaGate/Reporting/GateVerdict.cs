using SchemaGate.Findings;

namespace SchemaGate.Reporting;

/// <summary>What the gate answers: publish or refuse.</summary>
public enum Verdict
{
    Pass,
    Fail,
}

/// <summary>Turns findings into a verdict. The only place the blocking rule lives.</summary>
public static class GateVerdict
{
    /// <summary>
    /// Any blocking finding (an unsuppressed error) fails the gate. With <paramref name="strict"/>,
    /// unsuppressed warnings block too. Notices and allowed findings never block.
    /// </summary>
    public static Verdict Decide(IEnumerable<Finding> findings, bool strict) =>
        findings.Any(f => IsBlocking(f, strict)) ? Verdict.Fail : Verdict.Pass;

    public static bool IsBlocking(Finding finding, bool strict) =>
        finding.Blocks || (strict && finding.Suppressed is null && finding.Severity == Severity.Warning);
}
