namespace SchemaGate.Hosting;

/// <summary>The tools a target calls: <c>Tools.Dotnet("build Pipeline.sln", ct)</c> and a general process runner.</summary>
public sealed class BuildTools(ProcessRunner processes, string dotnetPath)
{
    public ProcessRunner Processes { get; } = processes;

    /// <summary>Runs <c>dotnet</c> with its output streamed to the build log; a non-zero exit code throws.</summary>
    public async Task Dotnet(string arguments, CancellationToken cancellationToken = default)
    {
        var result = await Processes.RunAsync(dotnetPath, arguments, new ProcessOptions
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
    public Task<ProcessResult> Run(string fileName, IEnumerable<string> arguments, ProcessOptions? options = null, CancellationToken cancellationToken = default) =>
        Processes.RunAsync(fileName, arguments, options, cancellationToken);

    private static string FirstWord(string arguments) => arguments.Trim().Split(' ', 2)[0];
}

/// <summary>A tool the build ran exited with a non-zero code (the run exits 3).</summary>
public sealed class ToolFailedException(string message, int toolExitCode) : Exception(message)
{
    public int ToolExitCode { get; } = toolExitCode;
}
