using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SchemaGate.Connections;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Faults;

/// <summary>
/// A build host process run while a test injects a fault: its output is collected line by line, so the test can wait
/// for a moment (a line printed, a session seen in production) and then act (terminate, stop the server, Ctrl+C).
/// </summary>
internal sealed class FaultRun : IDisposable
{
    private readonly StringBuilder _seen = new();
    private readonly Task _reading;

    public FaultRun(BuildProcess build, params string[] args)
    {
        Build = build;
        Process = build.Start(args);
        _reading = Task.WhenAll(Read(Process.StandardOutput), Read(Process.StandardError));
    }

    public BuildProcess Build { get; }
    public Process Process { get; }

    public string Output
    {
        get { lock (_seen) return _seen.ToString(); }
    }

    private async Task Read(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
            lock (_seen) _seen.AppendLine(line);
    }

    /// <summary>Waits (up to 90 s, however loaded the machine) until production shows a session running a statement that contains <paramref name="text"/>.</summary>
    public static async Task<int> WaitForStatementAsync(DatabaseUrl production, string text)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < TimeSpan.FromSeconds(90))
        {
            var pid = await Db.ScalarAsync<int?>(production,
                $"select pid from pg_stat_activity where datname = current_database() and state = 'active' and query like '%{text}%' and pid <> pg_backend_pid() limit 1");
            if (pid is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no session ran '{text}' in production within 90 s");
    }

    public async Task<int> ExitAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await Process.WaitForExitAsync(cts.Token);
        await _reading;
        return Process.ExitCode;
    }

    public JsonElement Report => JsonDocument.Parse(File.ReadAllText(Build.ReportJson)).RootElement;

    public string Markdown => File.ReadAllText(Path.Combine(Build.Root, "artifacts", "schemagate", "report.md"));

    public string Sarif => File.ReadAllText(Path.Combine(Build.Root, "artifacts", "schemagate", "report.sarif"));

    public void Dispose()
    {
        if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}
