using System.Text.Json;
using SchemaGate.Ephemeral;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.EndToEnd;

/// <summary>
/// Production on another major than the machine's (17 here, fetched binaries) with the sample deployed: by default
/// (<c>--pg-major auto</c>) the gate rebuilds production's history on 17 and finds no drift; made to compare on the
/// installed major, it says so (SG404) and every difference only the other major's deparser makes is an uncertain
/// warning that does not block.
/// </summary>
public sealed class ProductionMajorProcessTests : IDisposable
{
    private const int OtherMajor = 17;
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"sg-m-{Guid.NewGuid().ToString("N")[..8]}");

    private static (string Name, string Sql)[] SampleProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        var migrations = Path.Combine(dir!.FullName, "migrations");
        return Directory.GetFiles(migrations, "*.sql").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
    }

    [Fact]
    public async Task The_gate_follows_productions_major_and_on_another_major_marks_deparser_differences_uncertain()
    {
        if (HostPlatform.Current.EmbeddedPostgresPackage is null) return;
        var installed = await PostgresBinaries.DiscoverAsync(null, null, CancellationToken.None);
        Assert.True(installed.Major != OtherMajor, "this test needs a machine whose installed PostgreSQL is not 17");

        await using var production = await LocalPostgresServer.StartAsync(TestEnvironment.Options() with
        {
            PgBin = null, PgMajor = OtherMajor, ExactMajor = true,
            BinariesRoot = Path.Combine(_root, "postgres"), CacheRoot = Path.Combine(_root, "cache"), WorkRoot = Path.Combine(_root, "work"),
        }, CancellationToken.None);
        var prod = await production.CreateDatabaseAsync("app", CancellationToken.None);
        using var build = new BuildProcess(SampleProject());
        var set = await MigrationSource.LoadAsync(Path.Combine(build.Root, "migrations"), build.Root, CancellationToken.None);
        Assert.True((await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(prod, set.Scripts, CancellationToken.None)).Succeeded);

        var (code, output) = await build.RunAsync("DeployCheck", "--prod-url", prod.ConnectionString);

        Assert.True(code == 0, output);
        Assert.Contains("PostgreSQL 17", output[..output.IndexOf("=== ApplyMigrations", StringComparison.Ordinal)]);
        Assert.DoesNotContain(Findings(build), f => f.Id is "SG403" or "SG404");

        var (other, otherOutput) = await build.RunAsync("DeployCheck", "--prod-url", prod.ConnectionString, "--pg-major", installed.Major.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(other == 0, otherOutput);
        var findings = Findings(build);
        Assert.Contains(findings, f => f.Id == "SG404");
        var changed = findings.Where(f => f.Id == "SG403").ToList();
        Assert.NotEmpty(changed); // the sample's view deparses differently on 15 and 17
        Assert.All(changed, f => Assert.Equal(("warning", false), (f.Severity, f.Blocks)));
        Assert.All(changed, f => Assert.Contains("deparser", f.Uncertain));
    }

    private static List<(string Id, string Severity, bool Blocks, string? Uncertain)> Findings(BuildProcess build) =>
        JsonDocument.Parse(File.ReadAllText(build.ReportJson)).RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("blocks").GetBoolean(),
                f.GetProperty("evidence").GetProperty("uncertain").GetString()))
            .ToList();

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
