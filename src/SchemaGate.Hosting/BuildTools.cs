using SchemaGate.Processes;

namespace SchemaGate.Hosting;

/// <summary>How a target runs a process. Environment entries with a null value are removed from the child's environment.</summary>
public sealed record ProcessOptions
{
    public string? WorkingDirectory { get; init; }
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Copy the process's output to the build log line by line (redacted) as it arrives.</summary>
    public bool StreamOutput { get; init; } = true;
}

/// <summary>
/// The tools a target calls: <c>Tools.Dotnet("build Pipeline.sln", ct)</c> and <see cref="Run"/> for any program,
/// both through the one <see cref="ProcessRunner"/>, in the repository root, with the output streamed to the (redacted) build log.
/// </summary>
public sealed class BuildTools(TextWriter log, string rootDirectory, string dotnetPath)
{
    /// <summary>Runs <c>dotnet</c> with its output streamed to the build log; a non-zero exit code throws.</summary>
    public async Task Dotnet(string arguments, CancellationToken cancellationToken = default)
    {
        var result = await Run(dotnetPath, Words(arguments), new ProcessOptions
        {
            Environment = new Dictionary<string, string?>
            {
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            },
        }, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
            throw new ToolFailedException($"dotnet {FirstWord(arguments)} exited with code {result.ExitCode}.", result.ExitCode);
    }

    /// <summary>Runs any program and returns its exit code and output without judging them.</summary>
    public Task<ProcessResult> Run(string fileName, IEnumerable<string> arguments, ProcessOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ProcessOptions();
        return ProcessRunner.RunAsync(fileName, arguments, cancellationToken, options.WorkingDirectory ?? rootDirectory, options.Environment,
            onLine: options.StreamOutput ? log.WriteLine : null);
    }

    private static string FirstWord(string arguments) => arguments.Trim().Split(' ', 2)[0];

    /// <summary>A command line split into arguments: spaces separate, double quotes group (<c>--results "a b"</c>).</summary>
    internal static IEnumerable<string> Words(string arguments) =>
        System.Text.RegularExpressions.Regex.Matches(arguments, "\"([^\"]*)\"|(\\S+)").Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
}

/// <summary>A tool the build ran exited with a non-zero code (the run exits 3).</summary>
public sealed class ToolFailedException(string message, int toolExitCode) : Exception(message)
{
    public int ToolExitCode { get; } = toolExitCode;
}
