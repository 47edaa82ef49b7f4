using System.Collections.Concurrent;
using SchemaGate.Connections;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.IntegrationTests.Tracing;
using SchemaGate.Migrations.Runner;
using SchemaGate.Policy;

namespace SchemaGate.IntegrationTests.Corpus;

/// <summary>
/// Changes judged against a production that holds their setup: production (a database on the fixture server) gets the
/// setup's schema as the applied migration 0001 and its INSERTs as rows; the change's scripts are pending; the gate runs
/// ApplyMigrations and DiffAgainstProd (traced, with production's numbers) and the judged findings on the change come
/// back. The gate only reads production, so changes with the same setup share one production database, made when the
/// first of them runs and dropped after the last (<paramref name="uses"/> says how many will run per setup; a setup it does
/// not count is dropped at the end). The advice rules that are off by default are on (as notices), so every rule can be seen.
/// </summary>
internal sealed class ProductionCases(PostgresServerFixture fixture, IEnumerable<string>? uses = null) : IAsyncDisposable
{
    public const string SetupFile = "0001_setup.sql";

    private readonly ConcurrentDictionary<string, Lazy<Task<DatabaseUrl>>> _productions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _remaining = new(
        (uses ?? []).GroupBy(s => s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Every advice rule (off by default) turned on at its own severity.</summary>
    public static GatePolicy AdviceOn { get; } = new()
    {
        Rules = RuleCatalog.All.Where(r => !r.EnabledByDefault)
            .ToDictionary(r => r.Id, r => new RuleSetting(r.Id, RuleLevel.Notice, 0), StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>Judged findings on the change's files (the pending-script notice SG120 left out).</summary>
    public Task<IReadOnlyList<Finding>> RunAsync(string setup, IReadOnlyList<(string File, string Sql)> change, bool strict = true,
        CancellationToken ct = default) => RunAsync(setup, change, AdviceOn, strict, ct);

    /// <summary>As <see cref="RunAsync(string, IReadOnlyList{ValueTuple{string, string}}, bool, CancellationToken)"/>, judged with <paramref name="policy"/>.</summary>
    public async Task<IReadOnlyList<Finding>> RunAsync(string setup, IReadOnlyList<(string File, string Sql)> change, GatePolicy policy,
        bool strict = true, CancellationToken ct = default)
    {
        var (schema, _) = Split(setup);
        using var repo = new TempMigrations([(SetupFile, SetupScript(schema)), .. change]);
        try
        {
            var production = await _productions.GetOrAdd(setup, s => new Lazy<Task<DatabaseUrl>>(() => CreateAsync(s))).Value;
            await using var gate = GateScenario.Pipeline(fixture, repo, production, policy, strict);
            // A script that fails is the gate's finding (SG110), not the test's exception.
            try { await gate.AppliedAsync(ct); } catch (SchemaGate.Failures.GateRefusedException) { }
            try { await gate.DriftAsync(ct); } catch (SchemaGate.Failures.GateRefusedException) { }
            var files = change.Select(c => "migrations/" + c.File).ToHashSet(StringComparer.Ordinal);
            return (await gate.ComposeAsync([])).Findings.Where(f => f.File is not null && files.Contains(f.File) && f.RuleId != "SG120").ToList();
        }
        finally
        {
            if (_remaining.AddOrUpdate(setup, 0, (_, n) => n - 1) == 0) await DropAsync(setup);
        }
    }

    private async Task DropAsync(string setup)
    {
        if (!_productions.TryRemove(setup, out var made) || !made.IsValueCreated) return;
        try
        {
            var production = await made.Value;
            await fixture.Server.DropDatabaseAsync(production, CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Npgsql.NpgsqlException)
        {
            // The setup did not apply (that case already failed), or the database is gone.
        }
    }

    private static string SetupScript(string schema) => schema.Length > 0 ? schema : "SELECT 1;\n";

    private async Task<DatabaseUrl> CreateAsync(string setup)
    {
        var (schema, rows) = Split(setup);
        var production = (await fixture.CreateDatabaseAsync("prod")).With(b => b.Pooling = false);
        using var repo = new TempMigrations((SetupFile, SetupScript(schema)));
        var set = await repo.LoadAsync();
        var applied = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(production, set.Scripts, CancellationToken.None);
        if (!applied.Succeeded) throw new InvalidOperationException($"the setup does not apply: {applied.Failure?.Describe()}");
        if (rows.Length > 0) await Db.ExecAsync(production, rows);
        await Db.ExecAsync(production, "ANALYZE");
        return production;
    }

    public static (string Schema, string Rows) Split(string setup) => SchemaGate.Tests.Rules.CorpusFormat.CorpusCase.Split(setup);

    public async ValueTask DisposeAsync()
    {
        foreach (var setup in _productions.Keys.ToList()) await DropAsync(setup);
    }
}
