namespace SchemaGate.Catalog;

/// <summary>
/// The kinds of object a snapshot holds, in the order changes are reported. Snapshot files name kinds, never their
/// numbers, so a kind added anywhere in this list leaves older snapshots (and their bytes) as they were.
/// </summary>
public enum ObjectKind
{
    Schema,
    Extension,
    Collation,
    Enum,
    Domain,
    CompositeType,
    RangeType,
    MultirangeType,
    Sequence,
    ForeignDataWrapper,
    ForeignServer,
    UserMapping,
    Table,
    ForeignTable,
    Column,
    Constraint,
    Index,
    View,
    MaterializedView,
    Function,
    Procedure,
    Aggregate,
    Operator,
    Cast,
    Trigger,
    EventTrigger,
    Rule,
    Policy,
    ExtendedStatistic,
    Publication,
    DefaultPrivilege,
}
