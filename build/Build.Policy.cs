using SchemaGate.Hosting;
using SchemaGate.Policy;

/// <summary>The policy file: rule severities, strict, and the drift ignore lists (docs/policy.md).</summary>
sealed partial class Build
{
    [Parameter("Policy file (rule severities, strict, drift ignore lists); default schemagate.policy.json at the root when it exists")]
    readonly string? Policy;

    GatePolicy LoadedPolicy { get; set; } = GatePolicy.Default;

    /// <summary>Read before any target runs, so a bad policy is exit 2 with nothing started.</summary>
    protected override async Task OnBuildInitializedAsync(CancellationToken cancellationToken)
    {
        LoadedPolicy = await PolicyLocator.LoadAsync(RootDirectory, Policy, cancellationToken);
        if (LoadedPolicy.Source is { } source)
            Log.WriteLine($"Policy: {source} ({LoadedPolicy.Rules.Count} rule setting(s){(LoadedPolicy.Strict is { } s ? $", strict: {(s ? "true" : "false")}" : "")}).");
    }
}
