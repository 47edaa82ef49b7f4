using SchemaGate.Ephemeral;

namespace SchemaGate.Tests.Ephemeral;

/// <summary>
/// Discovery's answer is kept in the cache folder: a second run starts no process (no pg_config, no postgres --version)
/// while nothing it depends on changed, and probes again when something did.
/// </summary>
public sealed class BinariesDiscoveryCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sg-disc-").FullName;

    private string Bin => Path.Combine(_root, "pg", "bin");
    private string Tools => Path.Combine(_root, "tools");
    private string Cache => Path.Combine(_root, "cache");
    private string Calls => Path.Combine(_root, "calls");

    public BinariesDiscoveryCacheTests()
    {
        Directory.CreateDirectory(Bin);
        Directory.CreateDirectory(Tools);
        Script(Path.Combine(Bin, "postgres"), "echo postgres >> '" + Calls + "'; echo 'postgres (PostgreSQL) 15.18'");
        Script(Path.Combine(Bin, "initdb"), "exit 0");
        Script(Path.Combine(Bin, "pg_ctl"), "exit 0");
        Script(Path.Combine(Tools, "pg_config"), "echo pg_config >> '" + Calls + "'; echo '" + Bin + "'");
    }

    private static void Script(string path, string body)
    {
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
    }

    private Task<PostgresBinaries> DiscoverAsync() =>
        PostgresBinaries.DiscoverAsync(null, 15, CancellationToken.None, debianRoot: Path.Combine(_root, "none"), searchPath: Tools, cacheRoot: Cache);

    private string[] Called() => File.Exists(Calls) ? File.ReadAllLines(Calls) : [];

    [Fact]
    public async Task A_second_discovery_starts_no_process_until_something_changes()
    {
        if (OperatingSystem.IsWindows()) return;
        var first = await DiscoverAsync();
        Assert.Equal(Bin, first.BinDir);
        Assert.Equal(15, first.Major);
        Assert.Equal(["pg_config", "postgres"], Called());

        var second = await DiscoverAsync();
        Assert.Equal(first, second);
        Assert.Equal(2, Called().Length); // answered from the cache

        // Another postgres binary in the same place (an upgrade): probed again.
        Script(Path.Combine(Bin, "postgres"), "echo postgres >> '" + Calls + "'; echo 'postgres (PostgreSQL) 15.19'");
        File.SetLastWriteTimeUtc(Path.Combine(Bin, "postgres"), DateTime.UtcNow.AddMinutes(1));
        var upgraded = await DiscoverAsync();
        Assert.Equal("15.19", upgraded.Version);
        Assert.Equal(4, Called().Length);

        // Without a cache folder nothing is remembered.
        await PostgresBinaries.DiscoverAsync(null, 15, CancellationToken.None, debianRoot: Path.Combine(_root, "none"), searchPath: Tools);
        Assert.Equal(6, Called().Length);
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, true); } catch (IOException) { }
    }
}
