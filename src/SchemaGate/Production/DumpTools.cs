using System.Globalization;
using System.Text.RegularExpressions;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.Processes;

namespace SchemaGate.Production;

/// <summary>pg_dump and pg_restore from one PostgreSQL installation, and the major version they belong to.</summary>
public sealed partial record DumpTools(string PgDump, string PgRestore, int Major, string Version, string FoundBy)
{
    /// <summary>
    /// Finds the tools beside the server binaries (the same discovery as the ephemeral server: <c>--pg-bin</c>,
    /// <c>pg_config --bindir</c>, PATH, <c>/usr/lib/postgresql/&lt;major&gt;/bin</c>, preferring
    /// <paramref name="serverMajor"/>), else pg_dump on PATH (a client-only install), and refuses a pg_dump older
    /// than the server it must dump.
    /// </summary>
    /// <exception cref="UsageException">--pg-bin names tools that are missing or too old.</exception>
    /// <exception cref="InfrastructureException">the discovered tools are missing or too old.</exception>
    public static async Task<DumpTools> DiscoverAsync(string? pgBin, int serverMajor, string serverVersion, CancellationToken ct)
    {
        var fromParameter = !string.IsNullOrWhiteSpace(pgBin);
        string pgDump, pgRestore, foundBy;
        try
        {
            var bins = await PostgresBinaries.DiscoverAsync(pgBin, serverMajor, ct).ConfigureAwait(false);
            (pgDump, pgRestore, foundBy) = (Path.Combine(bins.BinDir, Exe("pg_dump")), Path.Combine(bins.BinDir, Exe("pg_restore")), bins.FoundBy);
        }
        catch (InfrastructureException) when (!fromParameter && ProcessRunner.FindOnPath(Exe("pg_dump")) is not null)
        {
            // No server installation, but the client tools are on PATH (a client-only install is enough for a backup).
            pgDump = ProcessRunner.FindOnPath(Exe("pg_dump"))!;
            pgRestore = Path.Combine(Path.GetDirectoryName(pgDump)!, Exe("pg_restore"));
            foundBy = "PATH";
        }
        if (!File.Exists(pgDump) || !File.Exists(pgRestore))
            throw Fail(fromParameter, $"{Path.GetDirectoryName(pgDump)} (from {foundBy}) has no pg_dump or pg_restore; install the PostgreSQL client tools " +
                                      $"of major {serverMajor} or newer, or pass --pg-bin <folder>.");
        var r = await ProcessRunner.RunAsync(pgDump, ["--version"], ct, timeout: TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        var m = VersionPattern().Match(r.StandardOutput);
        if (!r.Succeeded || !m.Success)
            throw Fail(fromParameter, $"{pgDump} did not report its version ({r.Tail()}).");
        var tools = new DumpTools(pgDump, pgRestore, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Value, foundBy);
        if (CheckVersion(tools.Major, tools.Version, serverMajor, serverVersion) is { } problem)
            throw Fail(fromParameter, $"{pgDump} (from {foundBy}): {problem}");
        return tools;
    }

    /// <summary>Null when a pg_dump of <paramref name="dumpMajor"/> can dump a server of <paramref name="serverMajor"/>; else why not.</summary>
    public static string? CheckVersion(int dumpMajor, string dumpVersion, int serverMajor, string serverVersion) =>
        dumpMajor < serverMajor
            ? $"pg_dump {dumpVersion} is older than the production server (PostgreSQL {serverVersion}); pg_dump refuses to dump a newer major. " +
              $"Install the client tools of PostgreSQL {serverMajor} or newer and pass --pg-bin <folder>."
            : null;

    private static SchemaGateException Fail(bool fromParameter, string message) =>
        fromParameter ? new UsageException("--pg-bin: " + message) : new InfrastructureException(message);

    private static string Exe(string name) => OperatingSystem.IsWindows() ? name + ".exe" : name;

    [GeneratedRegex(@"(\d+)(?:\.\d+)*")]
    private static partial Regex VersionPattern();
}
