namespace SchemaGate.Findings;

/// <summary>How much a finding matters. The policy maps a rule to a severity; errors block by default.</summary>
public enum Severity
{
    Notice = 0,
    Warning = 1,
    Error = 2,
}
