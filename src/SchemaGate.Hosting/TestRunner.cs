using SchemaGate.Processes;
using SchemaGate.Failures;

namespace SchemaGate.Hosting;

/// <summary>
/// The Test target: installs what the tests need that a fresh machine lacks (the validators in tests/tools, through
/// its idempotent install script: instant when present), then every test project of the solution with a TRX logger,
/// then one plain closing line <c>N passed, N failed</c> from the TRX files (CI reads that line). Fails when any test
/// failed.
/// </summary>
public static class TestRunner
{
    /// <summary>The script that installs the npm validators the tests call (ajv, the SARIF multitool, action-validator).</summary>
    public const string ToolsInstaller = "tests/tools/install.sh";

    public static async Task RunAsync(BuildTools tools, string root, string configuration, TextWriter log, CancellationToken ct)
    {
        await InstallTestToolsAsync(tools, root, ct).ConfigureAwait(false);
        var results = Path.Combine(root, "artifacts", "test-results");
        if (Directory.Exists(results)) Directory.Delete(results, recursive: true);
        Exception? failure = null;
        try
        {
            await tools.Dotnet($"test Pipeline.sln -c {configuration} --no-build -nologo --logger trx --results-directory \"{results}\"", ct).ConfigureAwait(false);
        }
        catch (ToolFailedException e)
        {
            failure = e;
        }
        var summary = TestResultSummary.FromFolder(results);
        foreach (var name in summary.FailedTests) log.WriteLine($"FAILED: {name}");
        log.WriteLine(summary.Line);
        if (failure is not null || summary.Failed > 0)
            throw new GateRefusedException(summary.Failed > 0
                ? $"{summary.Failed} test(s) failed"
                : $"dotnet test failed before reporting results: {failure!.Message.Split('\n')[0]}");
        if (summary.Passed == 0)
            throw new InfrastructureException("no test ran");
    }

    private static async Task InstallTestToolsAsync(BuildTools tools, string root, CancellationToken ct)
    {
        var installer = Path.Combine(root, ToolsInstaller);
        if (!File.Exists(installer)) return;
        ProcessResult result;
        try
        {
            result = await tools.Run("bash", [installer], cancellationToken: ct).ConfigureAwait(false);
        }
        catch (FileNotFoundException e)
        {
            throw new InfrastructureException($"The tests need bash to install their validators ({ToolsInstaller}): {e.Message}");
        }
        if (!result.Succeeded)
            throw new InfrastructureException(
                $"Installing the tests' validators failed ({ToolsInstaller}, exit {result.ExitCode}): {LastLine(result)} " +
                "They need Node.js 18 or newer with npm (Debian/Ubuntu: apt-get install nodejs npm) and access to the npm registry.");
    }

    private static string LastLine(ProcessResult result) =>
        (result.StandardError + "\n" + result.StandardOutput).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
