using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Production;

/// <summary>
/// What MigrateProduction did: the scripts it applied (journaled, they stay), the one that failed (its transaction
/// rolled back), those not attempted after it, or that it stopped before writing because the journal moved.
/// </summary>
public sealed record DeployMigration(
    IReadOnlyList<AppliedScript> Applied,
    MigrationFailure? Failure,
    IReadOnlyList<string> NotAttempted,
    IReadOnlyList<JournalEntry> JournalAfter,
    string? JournalMoved,
    TimeSpan Duration)
{
    public bool Succeeded => Failure is null && JournalMoved is null;
}
