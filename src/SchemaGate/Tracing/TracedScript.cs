using SchemaGate.Migrations.Source;

namespace SchemaGate.Tracing;

/// <summary>
/// What one script did when it ran on the ephemeral server, statement by statement: the locks it took and the
/// relations it rewrote (both on relations that existed before the change, or for a script outside the change before
/// the script), the objects it removed, and the statements PostgreSQL ran inside each statement.
/// <see cref="LocksTraced"/> is false for <c>-- schemagate:no-transaction</c> scripts: each statement commits on its
/// own, so its locks are gone before they can be read. <see cref="ExistingTables"/> are the tables (schema-qualified,
/// unquoted) that existed before, against which hidden statements are judged. <see cref="NestedTraced"/> is false when
/// the server could not show hidden statements (see <see cref="StatementStats"/>).
/// </summary>
public sealed record TracedScript(MigrationScript Script, IReadOnlyList<TracedStatement> Statements, bool LocksTraced)
{
    public IReadOnlySet<string> ExistingTables { get; init; } = new HashSet<string>();

    public bool NestedTraced { get; init; }

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
    /// <summary>Statements PostgreSQL ran inside this one (functions, DO blocks, EXECUTE, triggers), and how.</summary>
    public IReadOnlyList<NestedStatement> Nested { get; init; } = [];

    public bool IsEmpty => Locks.Count == 0 && Rewrites.Count == 0 && Removed.Count == 0 && Nested.Count == 0;
}

/// <summary>
/// A statement that ran inside a traced one, as pg_stat_statements recorded it (constants as <c>$1</c>...), and
/// <see cref="Via"/>: how it was reached, in words ("in function public.purge_alerts()", "through EXECUTE in the DO block").
/// </summary>
public sealed record NestedStatement(string Text, string Via);

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
