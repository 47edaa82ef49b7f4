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

    /// <summary>Told how far the pending scripts are ("applied and compared 250/2,000 pending scripts"), after each batch when there are at least <see cref="ProgressFrom"/>.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>From how many pending scripts progress is reported.</summary>
    public int ProgressFrom { get; init; } = 100;

    /// <summary>
    /// At most this many pending scripts are applied between two snapshots (<see cref="DdlProbe"/> splits a batch's
    /// changes by script); 1 takes a snapshot after every script.
    /// </summary>
    public int PendingBatchSize { get; init; } = 250;

    /// <summary>
    /// Batches grow with the schema, up to this many scripts: a snapshot costs in proportion to the objects it reads, so a
    /// batch is about one script per <see cref="ObjectsPerBatchScript"/> objects the last snapshot held (never fewer than
    /// <see cref="PendingBatchSize"/>). 10,000 pending one-table scripts take 17 snapshots instead of 40.
    /// </summary>
    public int MaxPendingBatchSize { get; init; } = 1000;

    private const int ObjectsPerBatchScript = 20;

    private int BatchSizeAfter(SchemaSnapshot snapshot) => PendingBatchSize <= 1
        ? PendingBatchSize
        : Math.Clamp(snapshot.Objects.Count / ObjectsPerBatchScript, PendingBatchSize, Math.Max(PendingBatchSize, MaxPendingBatchSize));

    /// <summary>Snapshots of the scratch database taken for the pending scripts, and batches taken again script by script (for tests and the benchmark).</summary>
    public int PendingSnapshots { get; private set; }
    public int PendingRetakes { get; private set; }
    public List<string> PendingRetakeReasons { get; } = [];

    private readonly List<DatabaseUrl> _scratches = [];

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
        _scratches.Add(scratch);
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

            var pending = await ApplyPendingAsync(scratch, runner, match, expected, findings, notes, ct).ConfigureAwait(false);
            scratch = pending.Scratch;
            var effects = pending.Effects;
            var before = pending.After;
            var pendingFailed = pending.Failed;
            return Result(prod, findings, drift, effects, match, notes, driftChecked: true, notYetDeployed)
                with { ExpectedAfterDeploy = pendingFailed ? null : before };
        }
        finally
        {
            foreach (var db in _scratches) await Server.DropDatabaseAsync(db, CancellationToken.None).ConfigureAwait(false);
            _scratches.Clear();
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
        var snapshot = await _reader.ReadAsync(conn, Options.Snapshot with { Progress = Progress }, ct).ConfigureAwait(false);
        return new ProductionState(journal, snapshot, readOnly);
    }

    private Task<SchemaSnapshot> SnapshotAsync(DatabaseUrl database, CancellationToken ct) => SnapshotAsync(database, Options.Snapshot, ct);

    private async Task<SchemaSnapshot> SnapshotAsync(DatabaseUrl database, SnapshotOptions options, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenScratchAsync(database, ct).ConfigureAwait(false);
        return await _reader.ReadAsync(conn, options, ct).ConfigureAwait(false);
    }

    private sealed record PendingOutcome(DatabaseUrl Scratch, List<PendingScriptEffect> Effects, SchemaSnapshot After, bool Failed);

    /// <summary>
    /// Applies the pending scripts on top of production's history, in batches with one snapshot each, and records what each
    /// script changed: split by <see cref="DdlProbe"/> when that provably equals a snapshot after every script, else the
    /// batch is taken again on a rebuilt scratch database, script by script.
    /// </summary>
    private async Task<PendingOutcome> ApplyPendingAsync(DatabaseUrl scratch, MigrationRunner runner, JournalMatch match, SchemaSnapshot expected,
        List<Finding> findings, List<string> notes, CancellationToken ct)
    {
        var pending = match.Pending;
        var effects = new List<PendingScriptEffect>(pending.Count);
        var before = expected;
        var pendingRunner = PendingObserver is null ? runner : new MigrationRunner(Options.Runner with { Observer = PendingObserver });
        DdlProbe? probe = null;
        if (pending.Count > 1 && PendingBatchSize > 1)
        {
            // The journal first (on an empty production the first runner call would create it): its DDL is no script's.
            await using (var conn = await Sessions.OpenScratchAsync(scratch, ct).ConfigureAwait(false))
                await new MigrationJournal(Options.Runner.Journal).EnsureAsync(conn, ct).ConfigureAwait(false);
            probe = await DdlProbe.TryInstallAsync(scratch, ct).ConfigureAwait(false);
        }
        var snapshotOptions = probe is null ? Options.Snapshot : Options.Snapshot with { Filter = probe.Hide(Options.Snapshot.Filter) };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Where the time went, for the progress line: applying (traced), snapshots, and splitting the batches by script.
        TimeSpan applying = default, snapshotting = default, splitting = default;
        var report = Progress is not null && pending.Count >= ProgressFrom;
        var done = 0;
        while (done < pending.Count)
        {
            var batch = NextBatch(pending, done, probe is null ? 1 : BatchSizeAfter(before));
            // One runner call per batch: the pending scripts are in version order, the order the runner applies them in.
            var step = clock.Elapsed;
            var result = await pendingRunner.ApplyAsync(scratch, batch, ct).ConfigureAwait(false);
            applying += clock.Elapsed - step;
            var applied = result.Applied.Select(a => a.Script).ToList();
            if (applied.Count > 0)
            {
                step = clock.Elapsed;
                var after = await SnapshotAsync(scratch, snapshotOptions, ct).ConfigureAwait(false);
                snapshotting += clock.Elapsed - step;
                PendingSnapshots++;
                step = clock.Elapsed;
                var split = applied.Count == 1
                    ? [new PendingScriptEffect(applied[0], SchemaDiff.Compare(before, after, Options.Diff))]
                    : await probe!.SplitAsync(scratch, Options.Runner.Journal, applied, before, after, Options.Diff, ct).ConfigureAwait(false);
                if (split is null)
                {
                    PendingRetakes++;
                    PendingRetakeReasons.Add(probe?.Refusal ?? "no probe");
                    (scratch, split, after) = await RetakeAsync(runner, match, done, applied, before, snapshotOptions, probe, ct).ConfigureAwait(false);
                }
                splitting += clock.Elapsed - step;
                effects.AddRange(split);
                before = after;
            }
            done += batch.Count;
            if (result.Failure is { } failure)
            {
                findings.Add(RunnerRules.MigrationFailed.Report(
                    "Applying on top of production's history failed: " + failure.Describe(),
                    failure.Script.RelativePath, failure.Line, failure.Column));
                notes.Add($"pending scripts after {failure.Script.RelativePath} were not analysed: it failed on top of production's history");
                return new PendingOutcome(scratch, effects, before, true);
            }
            if (report)
                Progress!($"DiffAgainstProd: {done:N0}/{pending.Count:N0} pending scripts applied and compared ({clock.Elapsed.TotalSeconds:0.0} s: " +
                          $"applying {applying.TotalSeconds:0.0} s, {PendingSnapshots} snapshot(s) {snapshotting.TotalSeconds:0.0} s, split by script {splitting.TotalSeconds:0.0} s)");
        }
        return new PendingOutcome(scratch, effects, before, false);
    }

    /// <summary>The next scripts to apply together: up to <paramref name="size"/>, a script that must run alone on its own.</summary>
    private static List<MigrationScript> NextBatch(IReadOnlyList<MigrationScript> pending, int from, int size)
    {
        var batch = new List<MigrationScript> { pending[from] };
        if (DdlProbe.MustRunAlone(pending[from])) return batch;
        for (var i = from + 1; i < pending.Count && batch.Count < size && !DdlProbe.MustRunAlone(pending[i]); i++) batch.Add(pending[i]);
        return batch;
    }

    /// <summary>
    /// A batch whose changes could not be split: a new scratch database gets production's history and the pending scripts
    /// before the batch (untraced: they were traced already), then the batch's scripts one at a time with a snapshot after each.
    /// </summary>
    private async Task<(DatabaseUrl, List<PendingScriptEffect>, SchemaSnapshot)> RetakeAsync(MigrationRunner runner, JournalMatch match, int done,
        List<MigrationScript> batch, SchemaSnapshot before, SnapshotOptions snapshotOptions, DdlProbe? probe, CancellationToken ct)
    {
        var scratch = await Server.CreateDatabaseAsync("drift", ct).ConfigureAwait(false);
        _scratches.Add(scratch);
        var rebuilt = await ApplyEachAsync(runner, scratch, match.Applied, ct).ConfigureAwait(false)
            ?? (await runner.ApplyAsync(scratch, match.Pending.Take(done).ToList(), ct).ConfigureAwait(false)).Failure;
        if (rebuilt is not null)
            throw new InfrastructureException($"Rebuilding the scratch database to analyse {batch[0].RelativePath} and the scripts after it again failed: {rebuilt.Describe()}");
        var effects = new List<PendingScriptEffect>(batch.Count);
        foreach (var script in batch)
        {
            var result = await runner.ApplyAsync(scratch, [script], ct).ConfigureAwait(false);
            if (result.Failure is { } f2)
                throw new InfrastructureException($"Applying {script.RelativePath} again, on its own, failed although it applied in a batch: {f2.Describe()}");
            var after = await SnapshotAsync(scratch, snapshotOptions, ct).ConfigureAwait(false);
            PendingSnapshots++;
            effects.Add(new PendingScriptEffect(script, SchemaDiff.Compare(before, after, Options.Diff)));
            before = after;
        }
        // Later batches are split again: the same probe (same schema, which the snapshots leave out) on the new database.
        if (probe is not null && await DdlProbe.TryInstallAsync(scratch, ct, probe.Schema).ConfigureAwait(false) is null)
            throw new InfrastructureException("Installing the DDL probe on the rebuilt scratch database failed.");
        return (scratch, effects, before);
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
