using System.Diagnostics;
using System.Globalization;
using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Pipeline;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Ephemeral;
using SchemaGate.Findings;

namespace SchemaGate.Demo;

/// <summary>
/// <c>./build.sh Demo</c>: the whole product in under a minute with nothing configured. A throwaway server; a
/// second database on it plays production and gets the sample migrations and some rows; a copy of the sample
/// gets a destructive script; production gets a change by hand; then the DeployCheck flow runs in-process
/// against the copy and production, and must refuse with both findings. Everything it made (temp folder,
/// databases, server) is removed afterwards, also after a failure or Ctrl+C.
/// </summary>
public sealed class DemoRun(GateSettings settings, Redactor redactor, IGateLog log)
{
    public const string TempPrefix = "schemagate-demo-";

    /// <summary>Where the demo's reports stay after it removed everything else (inside the repository's report folder).</summary>
    public string ReportFolder => Path.Combine(settings.ReportPath, "demo");

    /// <exception cref="GateRefusedException">The gate did not refuse as intended (exit 1).</exception>
    public async Task<DemoOutcome> RunAsync(CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var sample = settings.MigrationsPath;
        if (!Directory.Exists(sample)) throw new UsageException($"The demo needs the sample migrations: '{settings.MigrationsDir}' does not exist.");
        var temp = Directory.CreateTempSubdirectory(TempPrefix).FullName;
        try
        {
            var copy = Path.Combine(temp, "migrations");
            CopyFolder(sample, copy);

            Step(1, "Start a throwaway PostgreSQL (nothing to install or configure).");
            await using var host = new GatePipeline(settings, redactor, log);
            var server = (await host.EphemeralAsync(ct).ConfigureAwait(false)).Server;
            var production = await server.CreateDatabaseAsync("production", ct).ConfigureAwait(false);
            Say($"A second database on it plays production: {production.Display}.");

            Step(2, "Deploy the sample migrations to production with SchemaGate's runner, then add some rows.");
            var set = await MigrationSource.LoadAsync(sample, settings.RepositoryRoot, ct).ConfigureAwait(false);
            var deployed = await new MigrationRunner(settings.Runner).ApplyAsync(production, set.Scripts, ct).ConfigureAwait(false);
            if (deployed.Failure is { } failure)
                throw new GateRefusedException($"The demo could not deploy the sample to production: {failure.Describe()}");
            await ExecAsync(production, DemoScenario.Rows, ct).ConfigureAwait(false);
            var alerts = await CountAsync(production, "alerts", ct).ConfigureAwait(false);
            Say($"{deployed.Applied.Count} migration(s) applied and journaled; production now holds {alerts} alerts, each with a payload.");

            Step(3, "A developer adds a destructive migration to (a copy of) the sample.");
            var destructive = NextFileName(set);
            await File.WriteAllTextAsync(Path.Combine(copy, destructive), DemoScenario.DestructiveSql, ct).ConfigureAwait(false);
            Say($"Copy of the sample: {copy}");
            Say($"migrations/{destructive}: ALTER TABLE alerts DROP COLUMN payload;  ({alerts} rows would lose their payload)");

            Step(4, "Someone changes production by hand, outside any migration.");
            await ExecAsync(production, DemoScenario.ManualChangeSql, ct).ConfigureAwait(false);
            Say($"production: {DemoScenario.ManualChangeSql};");

            Step(5, "Run the gate (DeployCheck) on the copy against production, as a pull request would.");
            // The gate runs on scratch databases of the same throwaway server, against the database playing production.
            var gateSettings = settings with
            {
                RepositoryRoot = temp,
                MigrationsDir = "migrations",
                ReportDir = ReportFolder,
                ProdUrl = production.ConnectionString,
                Ephemeral = settings.Ephemeral with { Kind = EphemeralKind.Server, ServerUrl = server.AdminUrl },
                Environment = new Dictionary<string, string?>(),
                GitHubToken = null,
            };
            await using var gate = new GatePipeline(gateSettings, redactor, log);
            await gate.AppliedAsync(ct).ConfigureAwait(false);
            await gate.CheckDownScriptsAsync(ct).ConfigureAwait(false);
            await gate.DriftAsync(ct).ConfigureAwait(false);
            try
            {
                await gate.PublishGateAsync([], ct).ConfigureAwait(false);
            }
            catch (GateRefusedException)
            {
                // The refusal is the point of the demo; the report says why.
            }

            var report = gate.Published?.Report ?? throw new InvalidOperationException("PublishGate wrote no report.");
            var outcome = new DemoOutcome(report,
                DataLossFound: report.Blocking.Any(f => f.Rule.Family == RuleFamily.DataLoss && f.File?.EndsWith(destructive, StringComparison.Ordinal) == true),
                DriftFound: report.Blocking.Any(f => f.Rule.Family == RuleFamily.Drift));
            Step(6, "What happened.");
            if (!outcome.AsIntended)
                throw new GateRefusedException(report.Passed
                    ? "The demo expected the gate to refuse, but it passed: the destructive script or the manual change went unnoticed."
                    : $"The gate refused, but without the expected findings (data loss: {Yes(outcome.DataLossFound)}, drift: {Yes(outcome.DriftFound)}).");
            Say($"The gate refused (exit code 1 in a real run) with {report.Blocking.Count} blocking finding(s), among them:");
            foreach (var f in report.Blocking.Where(f => f.Rule.Family is RuleFamily.DataLoss or RuleFamily.Drift))
                Say($"  {f.RuleId} {f.Title}: {Where(f)}");
            Say("Production was only read by the gate: its schema, journal and rows are as they were.");
            Say($"The reports stay in {settings.Relative(ReportFolder)}.");
            Say($"Demo finished in {total.Elapsed.TotalSeconds:0.0} s. Try it on your project: ./build.sh DeployCheck --prod-url <url>");
            return outcome;
        }
        finally
        {
            Say("Cleaned up: the throwaway server, its databases and the demo's temp folder are gone.");
            TryDelete(temp);
        }
    }

    private void Step(int number, string text) => log.Line($"{Environment.NewLine}[demo {number}/6] {text}");

    private void Say(string text) => log.Line("  " + text);

    private static string Yes(bool value) => value ? "yes" : "no";

    private static string Where(Findings.Finding f) =>
        f.File is not null ? $"{f.File}{(f.Line is { } l ? ":" + l.ToString(CultureInfo.InvariantCulture) : "")} - {FindingText.Describe(f)}" : $"{f.Object} - {FindingText.Describe(f)}";

    /// <summary>The file name after the sample's newest version, padded like it (0010 -> 0011_drop_alerts_payload.sql).</summary>
    private static string NextFileName(MigrationSet set)
    {
        var newest = set.Scripts.Count == 0 ? null : set.Scripts[^1];
        var width = newest is null ? 4 : newest.FileName.IndexOf('_', StringComparison.Ordinal);
        var next = (newest?.Version ?? 0) + 1;
        return $"{next.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}_{DemoScenario.DestructiveDescription}.sql";
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static async Task ExecAsync(DatabaseUrl db, string sql, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenScratchAsync(db, ct).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task<long> CountAsync(DatabaseUrl db, string table, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenScratchAsync(db, ct).ConfigureAwait(false);
        await using var cmd = new NpgsqlCommand($"select count(*) from {table}", conn);
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }
}
