using SchemaGate.Connections;
using SchemaGate.Drift;
using SchemaGate.Findings;
using SchemaGate.Impact;
using SchemaGate.Migrations.Runner;
using SchemaGate.Rules;
using SchemaGate.Tracing;

namespace SchemaGate.Pipeline;

/// <summary>
/// The traced analysis in the pipeline: ApplyMigrations runs every script under a <see cref="ScriptTracer"/>;
/// DiffAgainstProd traces the pending scripts on top of production's history and, with a production URL, adds
/// what production holds to the data-loss and locking findings of those scripts.
/// </summary>
public sealed partial class GateRun
{
    private readonly ScriptTracer _tracer = new();
    private readonly ScriptTracer _pendingTracer = new();
    private readonly Dictionary<Finding, string> _lockedTables = new(ReferenceEqualityComparer.Instance);

    /// <summary>ApplyMigrations' traces: every script applied from scratch.</summary>
    public IReadOnlyList<TracedScript> Traces => _tracer.Traces;

    /// <summary>DiffAgainstProd's traces: each pending script applied on top of production's journaled state.</summary>
    public IReadOnlyList<TracedScript> PendingTraces => _pendingTracer.Traces;

    /// <summary>The runner options of ApplyMigrations: the settings' plus the tracer.</summary>
    private MigrationRunnerOptions TracedRunnerOptions => Settings.Runner with { Observer = _tracer };

    /// <summary>DiffAgainstProd's engine with the pending-phase tracer attached.</summary>
    private DriftCheck TracedDriftCheck(DriftOptions options) => new(Server!, options) { PendingObserver = _pendingTracer };

    /// <summary>After ApplyMigrations: the from-scratch traces become findings (merged with the static ones).</summary>
    private void AddTracedFindings()
    {
        var traced = TracedFindings.For(_tracer.Traces);
        AddTracedFindings(traced);
        var locks = _tracer.Traces.Sum(t => t.Statements.Sum(s => s.Locks.Count));
        CheckDone($"traced analysis: {_tracer.Traces.Count} script(s) observed, {locks} lock(s) on existing relations, {traced.Count} traced finding(s)");
    }

    /// <summary>After DiffAgainstProd: the pending traces and the pending scripts' removals, then the data impact.</summary>
    private async Task AddPendingTracesAsync(DatabaseUrl production, DriftResult result, CancellationToken ct)
    {
        var effects = result.PendingEffects;
        AddTracedFindings([
            .. TracedFindings.For(_pendingTracer.Traces),
            .. effects.SelectMany(e => TracedFindings.FromRemovals(e.Script, e.Changes)),
        ]);
        var pending = effects.Select(e => e.Script.RelativePath).Concat(_pendingTracer.Traces.Select(t => t.Script.RelativePath))
            .ToHashSet(StringComparer.Ordinal);
        if (pending.Count == 0) return;

        var findings = Findings.Snapshot().Where(f => f.File is not null && pending.Contains(f.File)).ToList();
        IReadOnlyDictionary<Finding, Finding> revised;
        try
        {
            revised = await new DataImpact(new ImpactOptions()).ReviseAsync(production, findings,
                f => _lockedTables.GetValueOrDefault(f), ct).ConfigureAwait(false);
        }
        catch (Npgsql.PostgresException ex)
        {
            // The findings stand without the numbers; say why they are missing.
            CheckNotDone($"data impact not read from production: {ex.MessageText} (SQLSTATE {ex.SqlState})");
            return;
        }
        if (revised.Count > 0) Findings.Revise(f => revised.GetValueOrDefault(f, f));
        CheckDone($"data impact read from production (read-only) for {revised.Count} finding(s) of {pending.Count} pending script(s)");
    }

    private void AddTracedFindings(IReadOnlyList<TracedFinding> traced)
    {
        if (traced.Count == 0) return;
        var merge = FindingMerger.Merge(Findings.Snapshot(), traced);
        foreach (var (finding, table) in merge.Tables) _lockedTables[finding] = table;
        if (merge.Enriched.Count > 0) Findings.Revise(f => merge.Enriched.GetValueOrDefault(f, f));
        if (merge.New.Count == 0 || Migrations is null) { Findings.AddRange(merge.New); return; }

        // The allow directives cover traced findings too; the SG108 "matched nothing" an allow got from the static
        // pass is withdrawn once a traced finding used it.
        var resolved = AllowResolver.Apply(merge.New, Migrations).Take(merge.New.Count).ToList();
        var used = resolved.Where(f => f.Suppressed is { Kind: "allow" })
            .Select(f => (f.Suppressed!.File, f.Suppressed.Line, f.RuleId)).ToHashSet();
        Findings.Revise(f => f.RuleId == HistoryRules.UnusedAllow.Id && used.Contains((f.File, f.Line, f.Object ?? "")) ? null : f);
        Findings.AddRange(resolved);
    }
}
