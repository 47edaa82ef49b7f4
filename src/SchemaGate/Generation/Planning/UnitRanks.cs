using SchemaGate.Catalog;

namespace SchemaGate.Generation.Planning;

/// <summary>
/// The order units take when nothing else decides it: drops first (dependants before what they depend on), then
/// creates and changes from schemas and types through tables to what sits on tables, default privileges last.
/// </summary>
public static class UnitRanks
{
    private static readonly ObjectKind[] CreationOrder =
    [
        ObjectKind.Schema, ObjectKind.Extension, ObjectKind.Collation, ObjectKind.Enum, ObjectKind.CompositeType, ObjectKind.RangeType,
        ObjectKind.MultirangeType, ObjectKind.Function, ObjectKind.Procedure, ObjectKind.Domain, ObjectKind.Aggregate, ObjectKind.Operator,
        ObjectKind.Cast, ObjectKind.Sequence, ObjectKind.ForeignDataWrapper, ObjectKind.ForeignServer, ObjectKind.UserMapping,
        ObjectKind.Table, ObjectKind.ForeignTable, ObjectKind.Column, ObjectKind.Constraint, ObjectKind.Index, ObjectKind.View,
        ObjectKind.MaterializedView, ObjectKind.Trigger, ObjectKind.Rule, ObjectKind.Policy, ObjectKind.ExtendedStatistic,
        ObjectKind.Publication, ObjectKind.EventTrigger, ObjectKind.DefaultPrivilege,
    ];

    public static int Of(UnitAction action, ObjectKind kind)
    {
        var at = Array.IndexOf(CreationOrder, kind);
        return action == UnitAction.Drop ? 100 + (CreationOrder.Length - at) : 1000 + at;
    }
}
