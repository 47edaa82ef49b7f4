using SchemaGate.Findings;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rollback;

/// <summary>What CheckDownScripts found: SG113-SG115 findings, the up scripts whose down script passed, and why the walk stopped early, if it did.</summary>
public sealed record DownCheckResult(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<MigrationScript> Passed,
    int WithDownScript,
    string? StoppedEarly);
