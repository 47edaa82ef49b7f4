using SchemaGate.Diff;
using SchemaGate.Findings;
using SchemaGate.Migrations.Journal;
using SchemaGate.Reporting;

namespace SchemaGate.Plan;

/// <summary>
/// The deploy plan DiffAgainstProd makes: production's journal as the gate saw it, the drift (expected -> production),
/// each pending script's effect on top of production's history, the schema production must have after the deploy,
/// the findings (SG12x, SG40x, SG110 when a script fails on top of production's history) and the counts behind them.
/// The deploy targets carry out exactly this plan (and stop when production's journal moved since).
/// </summary>
public sealed record DeployPlan
{
    public required IReadOnlyList<Finding> Findings { get; init; }
    /// <summary>Changes from the expected schema (history) to production's; empty when there is no drift.</summary>
    public required IReadOnlyList<SchemaChange> Drift { get; init; }
    public required IReadOnlyList<PendingScriptEffect> PendingEffects { get; init; }
    public required IReadOnlyList<JournalEntry> Journal { get; init; }
    public required string ProductionVersion { get; init; }
    public required int ProductionMajor { get; init; }
    public required string EphemeralVersion { get; init; }
    /// <summary>True when the production session reported <c>default_transaction_read_only = on</c>.</summary>
    public required bool ProductionSessionReadOnly { get; init; }
    /// <summary>The scripts production's journal lists, in the order they were applied to rebuild the expected schema.</summary>
    public IReadOnlyList<SchemaGate.Migrations.Source.MigrationScript> Replayed { get; init; } = [];
    /// <summary>Number of journal rows whose files were applied to rebuild the expected schema.</summary>
    public required int ReplayedScripts { get; init; }
    public required int PendingScripts { get; init; }
    public required int ProductionObjects { get; init; }
    /// <summary>False when the expected schema could not be rebuilt (a journaled script failed); no drift was computed then.</summary>
    public required bool DriftChecked { get; init; }
    /// <summary>Production is empty and has no journal (SG405).</summary>
    public required bool NotYetDeployed { get; init; }
    /// <summary>Plain-words remarks (for example: the journal's order is not version order).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>
    /// The ephemeral database's schema after production's history plus every pending script: what production must
    /// look like after a deploy. Null when drift was not checked or a pending script failed on top of the history.
    /// </summary>
    public SchemaGate.Catalog.SchemaSnapshot? ExpectedAfterDeploy { get; init; }

    public DriftSummary Summary => DriftChecked
        ? new DriftSummary(true, NotYetDeployed ? "production not yet deployed" : null,
            Drift.Count(c => c.Kind == ChangeKind.Added), Drift.Count(c => c.Kind == ChangeKind.Removed), Drift.Count(c => c.Kind == ChangeKind.Altered))
        : new DriftSummary(false, "the expected schema could not be rebuilt from production's journal");
}
