using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Plan;

namespace SchemaGate.Drift;

/// <summary>
/// DiffAgainstProd's engine. Reads production's journal and schema over a read-only session; rebuilds what
/// production should contain on a scratch database of the ephemeral server by applying exactly the files its
/// journal lists, in journal order; diffs expected -> production (drift); then applies each pending script one
/// at a time and records what it changes. Production is never written to.
/// </summary>
public sealed class DriftCheck(IEphemeralServer server, DriftOptions options)
{
    private readonly SnapshotReader _reader = new();

    public IEphemeralServer Server { get; } = server;
    public DriftOptions Options { get; } = options;

    /// <summary>Observes each pending script applied on top of production's history (not the replay of journaled ones): the traced analysis hooks in here.</summary>
    public IStatementObserver? PendingObserver { get; init; }

    public async Task<DeployPlan> RunAsync(DatabaseUrl production, MigrationSet migrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(migrations);

        var prod = await ReadProductionAsync(production, ct).ConfigureAwait(false);
        var match = JournalValidator.Match(migrations.Scripts, prod.Journal);
        var findings = new List<Finding>(match.Findings);
        var notes = new List<string>();
        if (!match.AppliedInVersionOrder)
            notes.Add("production's journal applied scripts in an order that differs from their version order; the expected schema was rebuilt in journal order");
        if (prod.Snapshot.ServerMajor != Server.ServerMajor)
            findings.Add(DriftRules.MajorVersionMismatch.Report(
                $"Production runs PostgreSQL {prod.Snapshot.ServerVersion}, the ephemeral server {Server.ServerVersion}: the expected schema was rebuilt on " +
                $"another major, so drift that is only in text the deparser writes (view and index definitions, expressions) is marked uncertain and does not block. " +
                $"Run the ephemeral server on PostgreSQL {prod.Snapshot.ServerMajor}: --pg-major auto fetches it when it is not installed, or --ephemeral docker.",
                obj: production.Display));

        var scratch = await Server.CreateDatabaseAsync("drift", ct).ConfigureAwait(false);
        try
        {
            var runner = new MigrationRunner(Options.Runner);
            var replayFailure = await ApplyEachAsync(runner, scratch, match.Applied, ct).ConfigureAwait(false);
            if (replayFailure is not null)
            {
                findings.Add(RunnerRules.MigrationFailed.Report(
                    "Rebuilding production's history on the ephemeral server failed, so drift was not checked: " + replayFailure.Describe(),
                    replayFailure.Script.RelativePath, replayFailure.Line, replayFailure.Column));
                return Result(prod, findings, [], [], match, notes, driftChecked: false, notYetDeployed: false);
            }

            var expected = await SnapshotAsync(scratch, ct).ConfigureAwait(false);
            var drift = SchemaDiff.Compare(expected, prod.Snapshot, Options.Diff);
            var notYetDeployed = prod.Journal.Count == 0 && drift.Count == 0;
            if (notYetDeployed)
                findings.Add(DriftRules.NotYetDeployed.Report(
                    $"Production {production.Display} is empty and has no journal: nothing was deployed yet; all {match.Pending.Count} migration(s) are pending.",
                    obj: production.Display));
            var majors = prod.Snapshot.ServerMajor != Server.ServerMajor ? $"{Server.ServerMajor} (ephemeral) and {prod.Snapshot.ServerMajor} (production)" : null;
            findings.AddRange(drift.Select(c => DriftFindings.For(c, majors)));

            var effects = new List<PendingScriptEffect>();
            var before = expected;
            var pendingFailed = false;
            var pendingRunner = PendingObserver is null ? runner : new MigrationRunner(Options.Runner with { Observer = PendingObserver });
            foreach (var script in match.Pending)
            {
                var failure = await ApplyEachAsync(pendingRunner, scratch, [script], ct).ConfigureAwait(false);
                if (failure is not null)
                {
                    findings.Add(RunnerRules.MigrationFailed.Report(
                        "Applying on top of production's history failed: " + failure.Describe(),
                        failure.Script.RelativePath, failure.Line, failure.Column));
                    notes.Add($"pending scripts after {script.RelativePath} were not analysed: it failed on top of production's history");
                    pendingFailed = true;
                    break;
                }
                var after = await SnapshotAsync(scratch, ct).ConfigureAwait(false);
                effects.Add(new PendingScriptEffect(script, SchemaDiff.Compare(before, after, Options.Diff)));
                before = after;
            }
            return Result(prod, findings, drift, effects, match, notes, driftChecked: true, notYetDeployed)
                with { ExpectedAfterDeploy = pendingFailed ? null : before };
        }
        finally
        {
            await Server.DropDatabaseAsync(scratch, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private DeployPlan Result(ProductionState prod, List<Finding> findings, IReadOnlyList<SchemaChange> drift,
        IReadOnlyList<PendingScriptEffect> effects, JournalMatch match, List<string> notes, bool driftChecked, bool notYetDeployed) => new()
    {
        Findings = findings,
        Drift = drift,
        PendingEffects = effects,
        Journal = prod.Journal,
        ProductionVersion = prod.Snapshot.ServerVersion,
        ProductionMajor = prod.Snapshot.ServerMajor,
        EphemeralVersion = Server.ServerVersion,
        ProductionSessionReadOnly = prod.ReadOnly,
        Replayed = match.Applied,
        ReplayedScripts = match.Applied.Count,
        PendingScripts = match.Pending.Count,
        ProductionObjects = prod.Snapshot.Objects.Count,
        DriftChecked = driftChecked,
        NotYetDeployed = notYetDeployed,
        Notes = notes,
    };

    private async Task<ProductionState> ReadProductionAsync(DatabaseUrl production, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenAsync(production, Options.Session.ReadOnly(DatabaseRole.Production), ct).ConfigureAwait(false);
        var readOnly = await Sessions.IsReadOnlyAsync(conn, ct).ConfigureAwait(false);
        if (!readOnly)
            throw new InfrastructureException(
                $"Production {production.Display} did not accept a read-only session (default_transaction_read_only is not on); drift is not checked on a writable session.");
        IReadOnlyList<JournalEntry> journal;
        try
        {
            journal = await new MigrationJournal(Options.Runner.Journal).ReadAsync(conn, ct).ConfigureAwait(false);
        }
        catch (PostgresException ex)
        {
            throw new InfrastructureException(
                $"Reading the journal {Options.Runner.Journal.QualifiedName} on production {production.Display} failed: {ex.MessageText} (SQLSTATE {ex.SqlState}).", ex);
        }
        var snapshot = await _reader.ReadAsync(conn, Options.Snapshot, ct).ConfigureAwait(false);
        return new ProductionState(journal, snapshot, readOnly);
    }

    private async Task<SchemaSnapshot> SnapshotAsync(DatabaseUrl database, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenScratchAsync(database, ct).ConfigureAwait(false);
        return await _reader.ReadAsync(conn, Options.Snapshot, ct).ConfigureAwait(false);
    }

    /// <summary>Applies the scripts one runner call each, so they run in the order given (the runner itself orders by version).</summary>
    private static async Task<MigrationFailure?> ApplyEachAsync(MigrationRunner runner, DatabaseUrl database,
        IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        foreach (var script in scripts)
        {
            var result = await runner.ApplyAsync(database, [script], ct).ConfigureAwait(false);
            if (result.Failure is not null) return result.Failure;
        }
        return null;
    }

    private sealed record ProductionState(IReadOnlyList<JournalEntry> Journal, SchemaSnapshot Snapshot, bool ReadOnly);
}
