using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Pipeline;
using SchemaGate.Security;
using SchemaGate.Seeds;

namespace SchemaGate.IntegrationTests.Seeds;

/// <summary>
/// A repository with two related tables (alert_rules references severities, so file-name order is the wrong
/// order) and its seeds, a "production" database on the fixture server deployed from it, and gate runs whose
/// ephemeral databases are scratch databases on the same server (no second server start).
/// </summary>
public sealed class SeedScenario : IDisposable
{
    public static readonly (string Name, string Sql)[] Migrations =
    [
        ("0001_severities.sql", """
            create table severities (
                code  text primary key,
                label varchar(12) not null,
                rank  integer not null check (rank between 1 and 5)
            );
            """),
        ("0002_alert_rules.sql", """
            create table alert_rules (
                name      text primary key,
                severity  text not null references severities (code),
                threshold numeric(6,2) not null default 0,
                created_at timestamptz not null default now()
            );
            """),
    ];

    public const string SeverityCsv = """
        # key: code
        code,label,rank
        low,Low,1
        high,High,4
        critical,Critical,5
        """;

    public const string AlertRuleCsv = """
        # key: name
        name,severity,threshold
        disk_full,critical,95
        slow_queries,high,50
        """;

    private SeedScenario(PostgresServerFixture fixture, TempMigrations files, DatabaseUrl production)
    {
        Fixture = fixture;
        Files = files;
        Production = production;
    }

    public PostgresServerFixture Fixture { get; }
    public TempMigrations Files { get; }
    public DatabaseUrl Production { get; }
    public StringWriter Output { get; } = new();
    public string SeedsDir => Path.Combine(Files.Dir, "seeds");

    /// <summary>Production migrated with <see cref="Migrations"/>; the seed folder holds the given files (default: both seeds).</summary>
    public static async Task<SeedScenario> CreateAsync(PostgresServerFixture fixture, params (string Name, string Csv)[] seeds)
    {
        var files = new TempMigrations(Migrations);
        var production = await fixture.CreateDatabaseAsync("seed-prod");
        var set = await files.LoadAsync();
        var applied = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts, CancellationToken.None);
        Assert.Null(applied.Failure);
        var scenario = new SeedScenario(fixture, files, production);
        Directory.CreateDirectory(scenario.SeedsDir);
        if (seeds.Length == 0) seeds = [("severities.csv", SeverityCsv), ("alert_rules.csv", AlertRuleCsv)];
        foreach (var (name, csv) in seeds) scenario.Seed(name, csv);
        return scenario;
    }

    public void Seed(string name, string csv) => File.WriteAllText(Path.Combine(SeedsDir, name), csv + "\n");

    /// <summary>The settings of a gate run on this repository; its ephemeral databases are scratch databases on the fixture server.</summary>
    public GateSettings Settings(SeedMode mode, bool withProduction = true) => new()
    {
        RepositoryRoot = Files.Root,
        ReportDir = "artifacts",
        Ephemeral = new EphemeralOptions { Kind = EphemeralKind.Server, ServerUrl = Fixture.AdminUrl, WorkRoot = TestEnvironment.WorkRoot },
        ProdUrl = withProduction ? Production.ConnectionString : null,
        SeedMode = mode,
    };

    /// <summary>A gate run that went through SpinUpEphemeralDb and ApplyMigrations (and DiffAgainstProd with a production URL).</summary>
    public async Task<GatePipeline> MigratedGateAsync(SeedMode mode = SeedMode.Insert, bool diffAgainstProd = true)
    {
        var gate = new GatePipeline(Settings(mode, diffAgainstProd), new Redactor(), new TextGateLog(Output));
        await gate.AppliedAsync(CancellationToken.None);
        if (diffAgainstProd) await gate.DriftAsync(CancellationToken.None);
        return gate;
    }

    /// <summary>Deploy's seeding step on production (<paramref name="plan"/>: the drift check it follows, if any).</summary>
    public async Task<SeedApplyResult> ApplySeedsAsync(SeedMode mode, Plan.DeployPlan? plan = null)
    {
        var step = new SchemaGate.Pipeline.Steps.SeedApplyStep(Settings(mode), new TextGateLog(Output));
        return new GateRun().Record(await step.RunAsync(Production, plan, CancellationToken.None)).Result!;
    }

    /// <summary>Every row of both tables, as text: equal before and after means production was not touched.</summary>
    public Task<string?> ChecksumAsync() => Db.ScalarAsync<string>(Production, """
        select md5(coalesce((select string_agg(format('%s|%s|%s', code, label, rank), ';' order by code) from severities), '') || '#' ||
                   coalesce((select string_agg(format('%s|%s|%s|%s', name, severity, threshold, created_at), ';' order by name) from alert_rules), ''))
        """);

    public void Dispose() => Files.Dispose();
}
