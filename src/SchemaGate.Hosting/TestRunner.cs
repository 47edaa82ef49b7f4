using SchemaGate.Failures;

namespace SchemaGate.Hosting;

/// <summary>
/// The Test target: every test project of the solution with a TRX logger, then one plain closing line
/// <c>N passed, N failed</c> from the TRX files (CI reads that line). Fails when any test failed.
/// </summary>
public static class TestRunner
{
    public static async Task RunAsync(BuildTools tools, string root, string configuration, TextWriter log, CancellationToken ct)
    {
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
}
