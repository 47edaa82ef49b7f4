namespace SchemaGate.Findings;

/// <summary>
/// What a rule is about. Ids are numbered by family (SG0xx configuration, SG1xx history, SG2xx data loss, SG3xx locking,
/// SG4xx drift, SG5xx seeds), but code asks the family, never the id's digits.
/// </summary>
public enum RuleFamily
{
    Configuration,
    History,
    DataLoss,
    Locking,
    Drift,
    Seeds,
}
