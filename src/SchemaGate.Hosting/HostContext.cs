namespace SchemaGate.Hosting;

/// <summary>
/// Everything a run takes from the outside world, so tests can run a build in-process: the arguments, the
/// environment (a dictionary, not the process's), the repository root and the writer all output goes to.
/// <see cref="Cancellation"/> plays the role of Ctrl+C / SIGTERM.
/// </summary>
public sealed record HostContext(
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string?> Environment,
    string RootDirectory,
    TextWriter Output)
{
    public CancellationToken Cancellation { get; init; }

    /// <summary>The dotnet executable <see cref="BuildTools.Dotnet"/> runs.</summary>
    public string DotnetPath { get; init; } = "dotnet";
}
