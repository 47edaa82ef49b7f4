using SchemaGate.Findings;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline;

/// <summary>
/// What a step hands back besides its result: the findings it made, what it checked and did not check (in plain words
/// for the report), how long its parts took, which analyses ran, and, when it refuses (exit 1), the one-line reason.
/// </summary>
public record StepOutcome
{
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<string> Checked { get; init; } = [];
    public IReadOnlyList<string> NotChecked { get; init; } = [];
    public IReadOnlyList<Timing> Timings { get; init; } = [];
    public Analyses Ran { get; init; }
    public string? Refusal { get; init; }
    /// <summary>Set when the step found the run's own settings unusable (exit 2): the message.</summary>
    public string? UsageError { get; init; }
}

/// <summary>A step's outcome with its typed result (a migration set, a running server, a deploy plan, a seed plan...).</summary>
public sealed record StepOutcome<T> : StepOutcome
{
    public required T Result { get; init; }
}
