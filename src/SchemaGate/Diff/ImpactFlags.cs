namespace SchemaGate.Diff;

[Flags]
public enum ImpactFlags
{
    None = 0,

    /// <summary>Applying the change destroys stored data, or can fail or truncate on existing rows.</summary>
    LosesData = 1,
}
