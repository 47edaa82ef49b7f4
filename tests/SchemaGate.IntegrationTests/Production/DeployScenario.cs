using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Pipeline;
using SchemaGate.Production;
using SchemaGate.Security;

namespace SchemaGate.IntegrationTests.Production;

/// <summary>
/// A migrations folder, a "production" database on the fixture server, and gate runs whose ephemeral databases are
/// scratch databases on the same server (<c>--ephemeral server</c>), so a whole Deploy runs in-process in a second.
/// </summary>
public sealed class DeployScenario : IDisposable
{
    private DeployScenario(PostgresServerFixture fixture, TempMigrations files, DatabaseUrl production)
    {
        Fixture = fixture;
        Files = files;
        Production = production;
    }

    public PostgresServerFixture Fixture { get; }
    public TempMigrations Files { get; }
    public DatabaseUrl Production { get; }
    public StringWriter Output { get; } = new();
    public string BackupDir => Path.Combine(Files.Root, "artifacts", "backups");
    public string ReportJson => Path.Combine(Files.Root, "artifacts", "schemagate", "report.json");

    public static async Task<DeployScenario> CreateAsync(PostgresServerFixture fixture, params (string Name, string Sql)[] files) =>
        new(fixture, new TempMigrations(files), await fixture.CreateDatabaseAsync("prod"));

    public MigrationRunnerOptions Runner(TimeSpan? lockWait = null) => new() { LockWait = lockWait ?? TimeSpan.FromSeconds(30) };

    public DeployOptions Options(TimeSpan? lockWait = null, int keep = 5) => new()
    {
        Runner = Runner(lockWait),
        BackupDirectory = BackupDir,
        BackupKeep = keep,
        PgBin = Environment.GetEnvironmentVariable("SCHEMAGATE_TEST_PG_BIN"),
    };

    public GatePipeline NewGate(TimeSpan? lockWait = null) => new(new GateSettings
    {
        RepositoryRoot = Files.Root,
        Runner = Runner(lockWait),
        Ephemeral = new EphemeralOptions { Kind = EphemeralKind.Server, ServerUrl = Fixture.AdminUrl, PgBin = Environment.GetEnvironmentVariable("SCHEMAGATE_TEST_PG_BIN") },
        ProdUrl = Production.ConnectionString,
        BackupDir = BackupDir,
    }, new Redactor(), new TextGateLog(Output));

    /// <summary>DeployCheck's chain: LintMigrations, SpinUpEphemeralDb, ApplyMigrations, DiffAgainstProd, PublishGate.</summary>
    public async Task RunGateAsync(GatePipeline gate)
    {
        await gate.AppliedAsync(CancellationToken.None);
        await gate.DriftAsync(CancellationToken.None);
        await gate.PublishGateAsync([], CancellationToken.None);
    }

    /// <summary>The whole Deploy: the gate, then BackupProduction, MigrateProduction and VerifyProduction.</summary>
    public async Task DeployAsync()
    {
        await using var gate = NewGate();
        await RunGateAsync(gate);
        await gate.BackupProductionAsync(CancellationToken.None);
        await gate.MigrateProductionAsync(CancellationToken.None);
        await gate.VerifyProductionAsync(CancellationToken.None);
    }

    /// <summary>Brings production up to the current files with the runner alone (a quick "earlier deploy").</summary>
    public async Task ApplyDirectlyAsync()
    {
        var set = await Files.LoadAsync();
        var result = await new MigrationRunner(Runner()).ApplyAsync(Production, set.Scripts, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());
    }

    /// <summary>Production's schema as snapshot JSON bytes (journal table left out, as everywhere).</summary>
    public async Task<byte[]> SnapshotBytesAsync()
    {
        await using var conn = await Sessions.OpenScratchAsync(Production, CancellationToken.None);
        var snapshot = await new SnapshotReader().ReadAsync(conn, SnapshotOptions.Default, CancellationToken.None);
        using var stream = new MemoryStream();
        SnapshotJson.Write(snapshot, stream);
        return stream.ToArray();
    }

    /// <summary>Every journal row with every column as text; empty when there is no journal.</summary>
    public async Task<List<string>> JournalRowsAsync()
    {
        if (!await Db.TableExistsAsync(Production, "public.schemaversions")) return [];
        await using var conn = new NpgsqlConnection(Production.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "select concat_ws('|', schemaversionsid, scriptname, applied::text, checksum) from schemaversions order by schemaversionsid", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await r.ReadAsync()) rows.Add(r.GetString(0));
        return rows;
    }

    public void Dispose() => Files.Dispose();
}
