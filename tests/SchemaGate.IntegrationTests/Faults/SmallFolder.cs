using SchemaGate.Processes;

namespace SchemaGate.IntegrationTests.Faults;

/// <summary>
/// A folder on a tmpfs of a given size (or read-only), for the disk-full and read-only faults; unmounted when disposed.
/// Null when the machine cannot mount one (the tests run as root on CI and on the project's machines).
/// </summary>
internal sealed class SmallFolder : IDisposable
{
    private SmallFolder(string path) => Path = path;

    public string Path { get; }

    public static SmallFolder? Mount(string path, string size, bool readOnly)
    {
        if (OperatingSystem.IsWindows() || !Posix.IsRoot) return null;
        Directory.CreateDirectory(path);
        var options = $"size={size}{(readOnly ? ",ro" : "")}";
        var mount = ProcessRunner.RunAsync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path], CancellationToken.None).GetAwaiter().GetResult();
        return mount.Succeeded ? new SmallFolder(path) : null;
    }

    public void Dispose() =>
        ProcessRunner.RunAsync("umount", [Path], CancellationToken.None).GetAwaiter().GetResult();
}
