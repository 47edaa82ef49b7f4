namespace SchemaGate.Hosting;

/// <summary>
/// Marks a field or property of the build as a parameter, bound from the command line (<c>--prod-url</c>), then the
/// environment (its documented names such as <c>PROD_URL</c>, then <c>SCHEMAGATE_PROD_URL</c> and <c>NUKE_PROD_URL</c>:
/// a variable set for something else, such as <c>ENVIRONMENT</c> or <c>URL</c>, is never read), then
/// <c>.nuke/parameters.json</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class ParameterAttribute(string description) : Attribute
{
    public string Description { get; } = description;

    /// <summary>Overrides the member name as the parameter's name (PascalCase, e.g. <c>DatabaseUrl</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The value is a secret: redacted everywhere, masked on GitHub Actions, refused from parameters*.json.</summary>
    public bool Secret { get; set; }

    /// <summary>Plain environment variables documented for this parameter (<c>PROD_URL</c>), read before the prefixed ones.</summary>
    public string[]? EnvironmentNames { get; set; }

    /// <summary>The only values accepted (compared case-insensitively). Enum parameters get their names automatically.</summary>
    public string[]? AllowedValues { get; set; }
}
