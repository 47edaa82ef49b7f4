using SchemaGate.Findings;

namespace SchemaGate.Judgement;

/// <summary>SG108 (history family): allow directives that accepted nothing.</summary>
public static class AllowRules
{
    public static readonly Rule UnusedAllow = new("SG108", RuleFamily.History, "Allow directive matched nothing", Severity.Warning,
        "An allow directive names a rule that reported nothing on the statement (or file) it covers.",
        "Remove the stale allow, or move it to the line before the statement it is meant for.")
    { ScopedToChange = true };
}
