namespace SchemaGate.Hosting;

/// <summary>How one target of the run ended. <c>Error</c> is the first line of the failure, already redacted.</summary>
public sealed record TargetResult(string Name, TargetStatus Status, TimeSpan Duration, string? Error, PlanReason Reason)
{
    internal Exception? Exception { get; init; }
}

/// <summary>The outcome of a whole run: the process exit code and every planned target's result, in order.</summary>
public sealed record BuildOutcome(int ExitCode, IReadOnlyList<TargetResult> Results);
