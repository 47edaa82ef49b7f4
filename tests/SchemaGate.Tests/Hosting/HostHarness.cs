using SchemaGate.Hosting;

namespace SchemaGate.Tests.Hosting;

/// <summary>A throwaway repository root (with .nuke/) and a way to run a build in it in-process.</summary>
internal sealed class HostHarness : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("schemagate-host-").FullName;
    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public HostHarness() => Directory.CreateDirectory(Path.Combine(Root, ".nuke"));

    public void WriteParameters(string json, string? profile = null) =>
        File.WriteAllText(Path.Combine(Root, ".nuke", profile is null ? "parameters.json" : $"parameters.{profile}.json"), json);

    public async Task<(BuildOutcome Outcome, string Output)> RunAsync<T>(
        T build, string[] args, Func<T, Target>? defaultTarget = null, CancellationToken cancellation = default) where T : BuildHost
    {
        var output = new StringWriter();
        var context = new HostContext(args, Environment, Root, output) { Cancellation = cancellation };
        var outcome = await BuildHost.RunAsync(build, context, defaultTarget);
        return (outcome, output.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}

internal static class OutcomeExtensions
{
    public static TargetStatus StatusOf(this BuildOutcome outcome, string target) =>
        outcome.Results.Single(r => r.Name == target).Status;
}
