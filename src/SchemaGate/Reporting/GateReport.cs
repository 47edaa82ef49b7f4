using SchemaGate.Findings;

namespace SchemaGate.Reporting;

/// <summary>The outcome of one gate run: the verdict, every finding, and the context it was reached in.</summary>
public sealed record GateReport(Verdict Verdict, IReadOnlyList<Finding> Findings, GateContext Context)
{
    /// <summary>
    /// A report whose verdict is decided from the findings (strictness taken from the context). A run in which a target
    /// failed is never a pass, whatever the findings say: what that target should have checked was not checked.
    /// </summary>
    public static GateReport From(IReadOnlyList<Finding> findings, GateContext context) =>
        new(context.FailedTargets.Count > 0 ? Verdict.Fail : GateVerdict.Decide(findings, context.Strict), findings, context);

    public bool Passed => Verdict == Verdict.Pass;

    public IReadOnlyList<Finding> Blocking => Findings.Where(f => GateVerdict.IsBlocking(f, Context.Strict)).ToArray();

    /// <summary>Unsuppressed warnings that do not block (all of them unless strict).</summary>
    public IReadOnlyList<Finding> Warnings => Open(Severity.Warning);

    public IReadOnlyList<Finding> Notices => Open(Severity.Notice);

    public IReadOnlyList<Finding> Allowed => Findings.Where(f => f.Suppressed is not null).ToArray();

    private IReadOnlyList<Finding> Open(Severity severity) => Findings
        .Where(f => f.Suppressed is null && f.Severity == severity && !GateVerdict.IsBlocking(f, Context.Strict))
        .ToArray();
}
