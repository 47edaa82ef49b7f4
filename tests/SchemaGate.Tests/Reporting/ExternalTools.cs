using System.Diagnostics;

namespace SchemaGate.Tests.Reporting;

/// <summary>
/// Runs the npm validators installed by tests/tools/install.sh. A missing tool fails the test with the command
/// to run: a validation that did not happen must never look like one that passed.
/// </summary>
internal static class ExternalTools
{
    public static string RepoRoot { get; } = FindRoot();

    public static string ToolsDirectory => Path.Combine(RepoRoot, "tests", "tools");

    public static string Bin(string name)
    {
        var path = Path.Combine(ToolsDirectory, "node_modules", ".bin", name);
        if (!File.Exists(path))
            Assert.Fail($"The validator '{name}' is not installed. Run tests/tools/install.sh (needs npm), then run the tests again.");
        return path;
    }

    public sealed record Run(int ExitCode, string StdOut, string StdErr)
    {
        public string Output => StdOut + StdErr;
    }

    public static async Task<Run> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(Bin(tool))
        {
            WorkingDirectory = ToolsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within 3 minutes");
        }
        return new Run(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Validates a JSON file against a draft 2020-12 schema with ajv; returns ajv's output on failure.</summary>
    public static async Task AssertValidJsonAsync(string schemaPath, string dataPath)
    {
        var run = await RunAsync("ajv", "validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats",
            "-s", schemaPath, "-d", dataPath);
        Assert.True(run.ExitCode == 0, $"{Path.GetFileName(dataPath)} does not match {Path.GetFileName(schemaPath)}:\n{run.Output}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root (Pipeline.sln) not found above " + AppContext.BaseDirectory);
    }
}
