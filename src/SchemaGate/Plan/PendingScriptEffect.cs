using SchemaGate.Diff;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Plan;

/// <summary>What one pending script changes when applied on top of production's history (diff before -> after it).</summary>
public sealed record PendingScriptEffect(MigrationScript Script, IReadOnlyList<SchemaChange> Changes);
