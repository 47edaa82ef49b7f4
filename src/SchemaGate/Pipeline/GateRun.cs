using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Reporting;

namespace SchemaGate.Pipeline;

/// <summary>
/// The accumulator of one run: every step's findings, what was and was not checked, timings, and the analyses that
/// ran. Steps hand their outcomes to <see cref="Record{T}"/>; the report is composed from here. It opens no connection
/// and writes no file.
/// </summary>
public sealed class GateRun
{
    private readonly object _gate = new();
    private readonly List<string> _checked = [];
    private readonly List<string> _notChecked = [];
    private readonly List<Timing> _timings = [];
    private Analyses _ran;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public FindingSet Findings { get; } = new();

    public IReadOnlyList<string> Checked { get { lock (_gate) return _checked.ToArray(); } }

    public IReadOnlyList<string> NotChecked { get { lock (_gate) return _notChecked.ToArray(); } }

    public IReadOnlyList<Timing> Timings { get { lock (_gate) return _timings.ToArray(); } }

    public Analyses Ran { get { lock (_gate) return _ran; } }

    /// <summary>Adds the outcome's findings, checks and timings; then a usage error or a refusal becomes the target's failure.</summary>
    /// <exception cref="UsageException">The step found the settings unusable (exit 2).</exception>
    /// <exception cref="GateRefusedException">The step refused (exit 1).</exception>
    public T Record<T>(T outcome) where T : StepOutcome
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Findings.AddRange(outcome.Findings);
        lock (_gate)
        {
            _checked.AddRange(outcome.Checked);
            _notChecked.AddRange(outcome.NotChecked);
            _timings.AddRange(outcome.Timings);
            _ran |= outcome.Ran;
        }
        if (outcome.UsageError is { } usage) throw new UsageException(usage);
        if (outcome.Refusal is { } reason) throw new GateRefusedException(reason);
        return outcome;
    }
}
