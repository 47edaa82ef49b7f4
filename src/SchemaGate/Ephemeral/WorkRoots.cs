namespace SchemaGate.Ephemeral;

/// <summary>
/// Where the local provider puts its instance folders when not told (<see cref="EphemeralOptions.WorkRoot"/>). An
/// ephemeral cluster is a few thousand small files that are copied in, written with fsync off and deleted minutes later:
/// on a RAM-backed tmpfs that costs a fraction of a disk's file creation and removal. A TMPDIR the user set wins (they
/// chose where temporary files go); so does a machine without a usable /dev/shm.
/// </summary>
public static class WorkRoots
{
    /// <summary>The RAM-backed folder tried first on Linux.</summary>
    public const string RamDisk = "/dev/shm";

    /// <summary>Below this much free room on the tmpfs, instances go to the temp folder instead.</summary>
    public const long MinimumFreeBytes = 512L * 1024 * 1024;

    private static readonly Lazy<string> Resolved = new(() => Choose(
        Environment.GetEnvironmentVariable("TMPDIR"), Path.GetTempPath(), OperatingSystem.IsLinux(), ReadMounts, FreeBytes, CanWrite));

    /// <summary>The default for this process (decided once).</summary>
    public static string Default => Resolved.Value;

    /// <summary>The temp-folder root (<c>$TMPDIR/schemagate</c>): also swept by the reaper when the default is the tmpfs.</summary>
    public static string TempFolderRoot => Path.Combine(Path.GetTempPath(), "schemagate");

    /// <summary>The decision, with the machine's answers passed in (unit-tested on any platform).</summary>
    public static string Choose(string? tmpdirVariable, string tempPath, bool linux, Func<IEnumerable<(string MountPoint, string Type)>> mounts,
        Func<string, long?> freeBytes, Func<string, bool> canWrite)
    {
        var onDisk = Path.Combine(tempPath, "schemagate");
        if (!linux || !string.IsNullOrEmpty(tmpdirVariable)) return onDisk;
        if (!mounts().Any(m => m.MountPoint == RamDisk && m.Type == "tmpfs")) return onDisk;
        if (freeBytes(RamDisk) is not { } free || free < MinimumFreeBytes) return onDisk;
        var root = Path.Combine(RamDisk, "schemagate");
        return canWrite(root) ? root : onDisk;
    }

    private static IEnumerable<(string, string)> ReadMounts()
    {
        string[] lines;
        try { lines = File.ReadAllLines("/proc/mounts"); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return []; }
        return lines.Select(l => l.Split(' ')).Where(f => f.Length >= 3).Select(f => (f[1], f[2])).ToList();
    }

    private static long? FreeBytes(string path)
    {
        try { return new DriveInfo(path).AvailableFreeSpace; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException) { return null; }
    }

    private static bool CanWrite(string root)
    {
        try
        {
            Directory.CreateDirectory(root);
            var probe = Path.Combine(root, $".probe-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
