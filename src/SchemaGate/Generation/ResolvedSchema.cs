using SchemaGate.Catalog;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Generation;

/// <summary>
/// A source once read: its snapshot, what it was, and how to get an ephemeral copy of it for validation: the
/// migration scripts it was built from (applied again to a fresh database: an exact copy), or none (the copy is
/// rebuilt from the snapshot itself, and checked against it).
/// </summary>
public sealed record ResolvedSchema(SchemaSnapshot Snapshot, string Description, IReadOnlyList<MigrationScript>? Scripts);
