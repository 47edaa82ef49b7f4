using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Generation.Planning;

namespace SchemaGate.Generation;

/// <summary>
/// The statements that turn one schema into another, ordered, split into the main script (one transaction) and the
/// online script (no transaction: CONCURRENTLY, VALIDATE), with the diff they come from.
/// </summary>
public sealed class MigrationPlan(IReadOnlyList<PlanUnit> units, IReadOnlyList<SchemaChange> changes, ReferenceIndex source, ReferenceIndex target)
{
    public IReadOnlyList<PlanUnit> Units { get; } = units;
    public IReadOnlyList<SchemaChange> Changes { get; } = changes;

    /// <summary>What the source's objects refer to (and are referred to by), as the plan read it.</summary>
    public ReferenceIndex Source { get; } = source;

    /// <summary>What the target's objects refer to.</summary>
    public ReferenceIndex Target { get; } = target;

    public IReadOnlyList<PlanUnit> Main => Units.Where(u => u.Phase == ScriptPhase.Main && u.Statements.Count > 0).ToList();
    public IReadOnlyList<PlanUnit> Online => Units.Where(u => u.Phase == ScriptPhase.Online && u.Statements.Count > 0).ToList();

    public int StatementCount => Units.Sum(u => u.Statements.Count);
    public bool IsEmpty => StatementCount == 0;
}

/// <summary>Plans the migration from one snapshot to another (see <see cref="PlanBuilder"/>); touches no database.</summary>
public static class MigrationPlanner
{
    public static MigrationPlan Plan(SchemaSnapshot from, SchemaSnapshot to, bool online = true)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var builder = new PlanBuilder(from, to, online);
        var units = builder.Build();
        return new MigrationPlan(units, builder.Changes, builder.Source, builder.Target);
    }
}
