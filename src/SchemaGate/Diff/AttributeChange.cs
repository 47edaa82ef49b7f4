namespace SchemaGate.Diff;

/// <summary>One attribute that differs; null means the attribute is not set on that side.</summary>
public sealed record AttributeChange(string Name, string? Before, string? After);
