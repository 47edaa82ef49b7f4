namespace SchemaGate.Hosting;

/// <summary>Why a target is in the run.</summary>
public enum PlanReason
{
    Requested,
    Dependency,
    Triggered,
}

/// <summary>One step of the run, in order. <c>Cause</c> names the target that pulled it in.</summary>
internal sealed record PlannedTarget(TargetNode Node, PlanReason Reason, string? Cause, bool Skip)
{
    public string ReasonText => Reason switch
    {
        PlanReason.Requested => "requested",
        PlanReason.Dependency => $"dependency of {Cause}",
        PlanReason.Triggered => $"triggered by {Cause}",
        _ => Reason.ToString(),
    } + (Skip ? ", skipped" : "");
}
