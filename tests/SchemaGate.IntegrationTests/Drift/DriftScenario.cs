using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Plan;

namespace SchemaGate.IntegrationTests.Drift;

/// <summary>
/// A small migration set and a "production" database (a second database on the fixture server) deployed from it
/// with the real runner. Tests change production by hand, or the files, and run DriftCheck.
/// </summary>
public sealed class DriftScenario : IDisposable
{
    public static readonly (string Name, string Sql)[] History =
    [
        ("0001_accounts.sql", "create table accounts (id bigint generated always as identity primary key, email text not null);\n"),
        ("0002_accounts_email_index.sql", "create index accounts_email_idx on accounts (email);\n"),
        ("0003_account_label.sql",
            "create function account_label(p_email text) returns text language sql immutable as $$ select lower(p_email) $$;\n"),
    ];

    private DriftScenario(PostgresServerFixture fixture, TempMigrations files, DatabaseUrl production)
    {
        Fixture = fixture;
        Files = files;
        Production = production;
    }

    public PostgresServerFixture Fixture { get; }
    public TempMigrations Files { get; }
    public DatabaseUrl Production { get; }

    /// <summary>Production deployed with <paramref name="deployed"/> files; <paramref name="extra"/> files exist on disk only (pending).</summary>
    public static async Task<DriftScenario> CreateAsync(PostgresServerFixture fixture, (string Name, string Sql)[] deployed,
        params (string Name, string Sql)[] extra)
    {
        var files = new TempMigrations(deployed);
        var production = await fixture.CreateDatabaseAsync("prod");
        if (deployed.Length > 0)
        {
            var set = await files.LoadAsync();
            var result = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts, CancellationToken.None);
            Assert.True(result.Succeeded, result.Failure?.Describe());
        }
        foreach (var (name, sql) in extra) files.Add(name, sql);
        return new DriftScenario(fixture, files, production);
    }

    public async Task<DeployPlan> CheckAsync(DriftOptions? options = null)
    {
        var set = await Files.LoadAsync();
        Assert.Empty(set.Findings);
        return await new DriftCheck(Fixture.Server, options ?? new DriftOptions()).RunAsync(Production, set, CancellationToken.None);
    }

    public void Dispose() => Files.Dispose();
}
