using System.Globalization;
using SchemaGate.Processes;

namespace SchemaGate.Ephemeral;

/// <summary>
/// One instance folder under <c>&lt;work root&gt;/instances</c>: owner.json, data/ (the cluster), sock/ (the
/// Unix socket directory) and postgres.log. Knows how to stop its server and remove itself.
/// </summary>
internal sealed class LocalInstanceFolder(string path)
{
    public string Path { get; } = path;
    public string DataDir => System.IO.Path.Combine(Path, "data");
    public string SocketDir => System.IO.Path.Combine(Path, "sock");
    public string LogFile => System.IO.Path.Combine(Path, "postgres.log");
    public string OwnerFile => System.IO.Path.Combine(Path, InstanceOwner.FileName);
    public string PostmasterPidFile => System.IO.Path.Combine(DataDir, "postmaster.pid");

    public static LocalInstanceFolder Create(string instancesRoot, InstanceOwner owner)
    {
        Directory.CreateDirectory(instancesRoot);
        var name = $"sg-{owner.Pid}-{Guid.NewGuid().ToString("N")[..8]}";
        var folder = new LocalInstanceFolder(System.IO.Path.Combine(instancesRoot, name));
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.OwnerFile, owner.ToJson());
        Directory.CreateDirectory(folder.SocketDir);
        return folder;
    }

    public InstanceOwner? ReadOwner()
    {
        try { return InstanceOwner.TryParse(File.ReadAllText(OwnerFile)); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>The postmaster's pid and status line ("ready", "starting", ...) from postmaster.pid, when present.</summary>
    public (int Pid, string? Status)? ReadPostmaster()
    {
        try
        {
            var lines = File.ReadAllLines(PostmasterPidFile);
            if (lines.Length == 0 || !int.TryParse(lines[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)) return null;
            return (pid, lines.Length >= 8 ? lines[7].Trim() : null);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>Stops the server immediately (the data is throwaway) and waits for it to be gone.</summary>
    public async Task StopServerAsync(TimeSpan timeout)
    {
        var pm = ReadPostmaster();
        if (pm is null || !IsOurPostmaster(pm.Value.Pid)) return;
        var pid = pm.Value.Pid;
        if (HostPlatform.Current.StopsByKillingTheTree) KillTree(pid);
        else Posix.Signal(pid, Posix.SigQuit);
        var deadline = DateTime.UtcNow + timeout;
        while (Posix.IsAlive(pid) && DateTime.UtcNow < deadline)
            await Task.Delay(10, CancellationToken.None).ConfigureAwait(false);
        if (Posix.IsAlive(pid)) Posix.Signal(pid, Posix.SigKill);
        // The backends notice the postmaster's death themselves; give them a moment so the folder can go.
        for (var i = 0; i < 100 && Posix.IsAlive(pid); i++)
            await Task.Delay(10, CancellationToken.None).ConfigureAwait(false);
    }

    private static void KillTree(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Gone already.
        }
    }

    /// <summary>True when the pid is a live postgres process (guards against signalling a reused pid).</summary>
    private static bool IsOurPostmaster(int pid)
    {
        if (!Posix.IsAlive(pid)) return false;
        if (OperatingSystem.IsWindows())
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                return process.ProcessName.Equals("postgres", StringComparison.OrdinalIgnoreCase);
            }
            catch (ArgumentException) { return false; }
        }
        try
        {
            var cmdline = File.ReadAllText($"/proc/{pid}/cmdline");
            return cmdline.Contains("postgres", StringComparison.Ordinal);
        }
        catch (IOException) { return true; }
        catch (UnauthorizedAccessException) { return true; }
    }

    public void Delete()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20) { Thread.Sleep(25); }
            catch (UnauthorizedAccessException) when (attempt < 20) { Thread.Sleep(25); }
        }
    }
}
