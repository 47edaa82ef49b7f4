using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rollback;

/// <summary>One applied script to undo: its journal row, its file and version (its down script is <c>Script.Down</c>).</summary>
public sealed record RollbackStep(JournalEntry Entry, MigrationScript Script, System.Numerics.BigInteger Version);
