namespace SchemaGate.Diff;

/// <summary>What a change does, in flags and a short sentence ("drops column public.alerts.payload").</summary>
public sealed record ChangeImpact(ImpactFlags Flags, string Description)
{
    public bool LosesData => Flags.HasFlag(ImpactFlags.LosesData);
}
