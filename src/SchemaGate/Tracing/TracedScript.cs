using SchemaGate.Migrations.Source;

namespace SchemaGate.Tracing;

/// <summary>
/// What one script did when it ran on the ephemeral server, statement by statement: the locks it took and the
/// relations it rewrote (both on relations that existed before the script), and the objects it removed.
/// <see cref="LocksTraced"/> is false for <c>-- schemagate:no-transaction</c> scripts: each statement commits on its
/// own, so its locks are gone before they can be read.
/// </summary>
public sealed record TracedScript(MigrationScript Script, IReadOnlyList<TracedStatement> Statements, bool LocksTraced)
{
    public IEnumerable<RemovedObject> Removed => Statements.SelectMany(s => s.Removed);
}

/// <summary>One statement's traced effects; <see cref="Index"/>, <see cref="Line"/> and <see cref="Column"/> locate it in the script.</summary>
public sealed record TracedStatement(
    int Index,
    int Line,
    int Column,
    IReadOnlyList<TracedLock> Locks,
    IReadOnlyList<TracedRewrite> Rewrites,
    IReadOnlyList<RemovedObject> Removed)
{
    public bool IsEmpty => Locks.Count == 0 && Rewrites.Count == 0 && Removed.Count == 0;
}

/// <summary>
/// A lock the statement acquired (not held after the statement before it) on a pre-existing relation, the strongest
/// new mode per relation, in pg_locks spelling (<c>AccessExclusiveLock</c>). <see cref="Table"/> is the relation's
/// table (itself for a table, the indexed table for an index).
/// </summary>
public sealed record TracedLock(string Relation, RelationKind Kind, string Mode, string Table)
{
    public bool BlocksWrites => LockModes.BlocksWrites(Mode);
}

/// <summary>A pre-existing table, materialized view or index whose relfilenode changed: it was copied to a new file.</summary>
public sealed record TracedRewrite(string Relation, RelationKind Kind, string Table);

/// <summary>
/// An object that existed before the script and is gone after the statement. <see cref="Identity"/> is
/// schema-qualified the way the static rules print names (<c>public.alerts.payload</c>); <see cref="Folded"/>
/// lists what went with it (the tables of a dropped schema, a table's owned sequences).
/// </summary>
public sealed record RemovedObject(RemovedKind Kind, string Identity, IReadOnlyList<string> Folded);

public enum RemovedKind
{
    Schema,
    Table,
    Column,
    Sequence,
    Type,
}

public enum RelationKind
{
    Table,
    PartitionedTable,
    MaterializedView,
    Index,
    Sequence,
}
