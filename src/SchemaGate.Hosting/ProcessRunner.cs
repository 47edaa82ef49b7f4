using System.Diagnostics;
using System.Text;

namespace SchemaGate.Hosting;

/// <summary>What a finished process left: its exit code and everything it wrote.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>How to run a process. Environment entries with a null value are removed from the child's environment.</summary>
public sealed record ProcessOptions
{
    public string? WorkingDirectory { get; init; }
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>Copy the process's output to the build log line by line (redacted) as it arrives.</summary>
    public bool StreamOutput { get; init; } = true;
}

/// <summary>Runs external processes for targets; cancelling the token kills the whole process tree.</summary>
public sealed class ProcessRunner(TextWriter log, string defaultWorkingDirectory)
{
    public Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, ProcessOptions? options = null, CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(fileName);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        return RunAsync(info, options, cancellationToken);
    }

    /// <summary>Arguments as one command-line string (split with the usual quoting rules).</summary>
    public Task<ProcessResult> RunAsync(string fileName, string arguments, ProcessOptions? options = null, CancellationToken cancellationToken = default) =>
        RunAsync(new ProcessStartInfo(fileName, arguments), options, cancellationToken);

    private async Task<ProcessResult> RunAsync(ProcessStartInfo info, ProcessOptions? options, CancellationToken cancellationToken)
    {
        options ??= new ProcessOptions();
        info.WorkingDirectory = options.WorkingDirectory ?? defaultWorkingDirectory;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = false;
        info.UseShellExecute = false;
        if (options.Environment is not null)
        {
            foreach (var (key, value) in options.Environment)
            {
                if (value is null) info.Environment.Remove(key);
                else info.Environment[key] = value;
            }
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Collect(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(stderr, e.Data);

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start '{info.FileName}': {e.Message}", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* already gone */ }
            throw;
        }
        // The parameterless wait drains the asynchronous output readers.
        process.WaitForExit();

        lock (stdout) lock (stderr)
            return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString());

        void Collect(StringBuilder into, string? line)
        {
            if (line is null) return;
            lock (into) into.AppendLine(line);
            if (options.StreamOutput) log.WriteLine(line);
        }
    }
}
