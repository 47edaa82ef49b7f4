using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Generation;
using SchemaGate.IntegrationTests.Drift;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.IntegrationTests.Generation;

/// <summary>
/// Drift comes with its fix: for a production changed by hand, DriftFixWriter writes drift/revert.sql (production back
/// to its history) and drift/&lt;next&gt;_adopt_production_changes.sql (the history forward to production), both
/// validated; applying them really settles the drift either way.
/// </summary>
public sealed class DriftFixWriterTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string HandChanges = """
        ALTER TABLE accounts ADD COLUMN nickname text;
        DROP INDEX accounts_email_idx;
        CREATE INDEX accounts_lower_email_idx ON accounts (lower(email));
        COMMENT ON TABLE accounts IS 'changed by hand';
        """;

    [Fact]
    public async Task Revert_and_adopt_are_written_validated_and_each_settles_the_drift()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cts.Token;
        using var scenario = await DriftScenario.CreateAsync(fixture, DriftScenario.History);
        await Db.ExecAsync(scenario.Production, HandChanges);
        var set = await scenario.Files.LoadAsync();
        var output = Path.Combine(scenario.Files.Root, "artifacts");

        var fix = await DriftFixWriter.WriteAsync(new ScriptsSource(set.Scripts, "the journaled migrations"), scenario.Production, output,
            4, GenerationFixture.Settings(scenario.Files.Root), new Security.Redactor(), ct, fixture.Server);

        Assert.False(fix.NoDrift);
        Assert.True(fix.Validated, File.ReadAllText(fix.RevertPath) + File.ReadAllText(fix.AdoptPath));
        Assert.Equal(Path.Combine(output, "drift", "revert.sql"), fix.RevertPath);
        Assert.Equal(Path.Combine(output, "drift", "0004_adopt_production_changes.sql"), fix.AdoptPath);
        var revert = await File.ReadAllTextAsync(fix.RevertPath, ct);
        var adopt = await File.ReadAllTextAsync(fix.AdoptPath, ct);
        Assert.Contains("ALTER TABLE public.accounts DROP COLUMN nickname", revert, StringComparison.Ordinal);
        Assert.Contains("-- SG202 error:", revert, StringComparison.Ordinal);
        Assert.Contains("ALTER TABLE public.accounts ADD COLUMN nickname text", adopt, StringComparison.Ordinal);
        Assert.Contains("Validated on PostgreSQL", revert, StringComparison.Ordinal);

        // Adopt: the history plus the adopt script (and its online part) gives production.
        var rebuilt = await fixture.CreateDatabaseAsync("adopted");
        var runner = new MigrationRunner(new MigrationRunnerOptions());
        Assert.True((await runner.ApplyAsync(rebuilt, set.Scripts, ct)).Succeeded);
        Assert.Null(await CorpusRun.ApplyAsync(rebuilt, fix.Adopt.Scripts, ct));
        Assert.Empty(SchemaDiff.Compare(await SnapshotAsync(rebuilt, ct), await SnapshotAsync(scenario.Production, ct), DiffOptions.Default));

        // Revert: production with the revert script has no drift left.
        Assert.Null(await CorpusRun.ApplyAsync(scenario.Production, fix.Revert.Scripts, ct));
        var after = await new DriftCheck(fixture.Server, new DriftOptions()).RunAsync(scenario.Production, set, ct);
        Assert.DoesNotContain(after.Drift, d => !d.Identity.StartsWith("sg_journal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_drift_nothing_is_written()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        using var scenario = await DriftScenario.CreateAsync(fixture, DriftScenario.History);
        var set = await scenario.Files.LoadAsync();
        var output = Path.Combine(scenario.Files.Root, "artifacts");

        var fix = await DriftFixWriter.WriteAsync(new ScriptsSource(set.Scripts, "the journaled migrations"), scenario.Production, output,
            4, GenerationFixture.Settings(scenario.Files.Root), new Security.Redactor(), cts.Token, fixture.Server);

        Assert.True(fix.NoDrift);
        Assert.False(Directory.Exists(Path.Combine(output, "drift")));
    }

    private static async Task<SchemaSnapshot> SnapshotAsync(Connections.DatabaseUrl db, CancellationToken ct)
    {
        await using var conn = new Npgsql.NpgsqlConnection(db.With(b => b.Pooling = false).ConnectionString);
        await conn.OpenAsync(ct);
        return await new SnapshotReader().ReadAsync(conn, CorpusRun.Snapshot, ct);
    }
}
