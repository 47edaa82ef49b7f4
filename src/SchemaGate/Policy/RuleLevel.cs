namespace SchemaGate.Policy;

/// <summary>What the policy file sets a rule to: one of the three severities, or off (reported as suppressed, never blocks).</summary>
public enum RuleLevel
{
    Notice,
    Warning,
    Error,
    Off,
}
