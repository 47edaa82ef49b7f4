using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace SchemaGate.Processes;

/// <summary>
/// The one way SchemaGate runs a program (pg_dump, pg_ctl, git, npm, dotnet): to completion, arguments as a list
/// (never through a shell), output captured, and optionally each line handed to <c>onLine</c> as it arrives (the
/// build log streams a tool's output this way). Cancelling, or the timeout, kills the whole process tree.
/// </summary>
public static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        CancellationToken ct,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        Action<string>? onLine = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        if (environment is not null)
            foreach (var (k, v) in environment)
                if (v is null) psi.Environment.Remove(k); else psi.Environment[k] = v;

        ct.ThrowIfCancellationRequested();
        using var process = new Process { StartInfo = psi };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new FileNotFoundException($"could not start '{fileName}': {ex.Message}", fileName, ex);
        }
        process.StandardInput.Close();
        var stdout = ReadAsync(process.StandardOutput, onLine, ct);
        var stderr = ReadAsync(process.StandardError, onLine, ct);

        using var timeoutCts = timeout is null ? null : new CancellationTokenSource(timeout.Value);
        using var linked = timeoutCts is null
            ? CancellationTokenSource.CreateLinkedTokenSource(ct)
            : CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutCts.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            if (timeoutCts?.IsCancellationRequested == true && !ct.IsCancellationRequested)
                throw new TimeoutException($"'{Path.GetFileName(fileName)}' did not finish within {timeout!.Value.TotalSeconds:0.#} s");
            throw;
        }
        return new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    private static async Task<string> ReadAsync(StreamReader reader, Action<string>? onLine, CancellationToken ct)
    {
        if (onLine is null) return await reader.ReadToEndAsync(ct).ConfigureAwait(false);
        var all = new StringBuilder();
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            all.AppendLine(line);
            lock (onLine) onLine(line);
        }
        return all.ToString();
    }

    /// <summary>Finds an executable on PATH, or null.</summary>
    public static string? FindOnPath(string name, string? searchPath = null)
    {
        var path = searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe")) return candidate + ".exe";
        }
        return null;
    }
}
