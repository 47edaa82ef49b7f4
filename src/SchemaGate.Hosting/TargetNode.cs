namespace SchemaGate.Hosting;

/// <summary>A target with its references resolved. <see cref="After"/> includes the inverse of other targets' Before;
/// <see cref="Triggers"/> includes the inverse of other targets' TriggeredBy.</summary>
internal sealed class TargetNode(string name, int index, TargetDefinition definition)
{
    public string Name { get; } = name;
    public int Index { get; } = index;
    public TargetDefinition Definition { get; } = definition;
    public List<TargetNode> DependsOn { get; } = [];
    public List<TargetNode> After { get; } = [];
    public List<TargetNode> Triggers { get; } = [];

    public string? Description => Definition.DescriptionText;

    public override string ToString() => Name;
}
