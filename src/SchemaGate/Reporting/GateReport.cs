using SchemaGate.Findings;
using SchemaGate.Judgement;

namespace SchemaGate.Reporting;

/// <summary>The outcome of one gate run: the verdict, every finding (judged), and the context it was reached in.</summary>
public sealed record GateReport(Verdict Verdict, IReadOnlyList<Finding> Findings, GateContext Context)
{
    /// <summary>
    /// A report whose verdict is decided from judged findings (strictness taken from the context). A run in which a target
    /// failed, or that checked nothing, is never a pass: what should have been checked was not.
    /// </summary>
    public static GateReport From(IReadOnlyList<Finding> judged, GateContext context) =>
        new(context.FailedTargets.Count > 0 || context.NothingChecked || context.Deploy?.Fault is not null
            ? Verdict.Fail
            : Judge.Decide(judged, context.Strict), judged, context);

    public bool Passed => Verdict == Verdict.Pass;

    public IReadOnlyList<Finding> Blocking => Findings.Where(f => Judge.IsBlocking(f, Context.Strict)).ToArray();

    /// <summary>Unsuppressed warnings about the change that do not block (all of them unless strict).</summary>
    public IReadOnlyList<Finding> Warnings => Open(Severity.Warning);

    public IReadOnlyList<Finding> Notices => Open(Severity.Notice);

    public IReadOnlyList<Finding> Allowed => Findings.Where(f => f.Suppressed is not null && f.Scope == FindingScope.Change).ToArray();

    /// <summary>Findings about scripts outside the change: history nobody can edit, never blocking.</summary>
    public IReadOnlyList<Finding> History => Findings.Where(f => f.Scope == FindingScope.History).ToArray();

    private IReadOnlyList<Finding> Open(Severity severity) => Findings
        .Where(f => f.Suppressed is null && f.Scope == FindingScope.Change && f.Severity == severity && !Judge.IsBlocking(f, Context.Strict))
        .ToArray();
}
