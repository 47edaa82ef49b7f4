using SchemaGate.Diff;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Baseline;

/// <summary>
/// What Baseline did: the scripts recorded as applied, or (nothing recorded) the differences between production and
/// the ephemeral database at the baseline version, or the script that failed to build that database.
/// </summary>
public sealed record BaselineResult(
    IReadOnlyList<MigrationScript> Scripts,
    IReadOnlyList<SchemaChange> Differences,
    MigrationFailure? Failure,
    bool Recorded);
