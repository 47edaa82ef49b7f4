namespace SchemaGate.Catalog;

/// <summary>The kinds of object a snapshot holds, in the order changes are reported.</summary>
public enum ObjectKind
{
    Schema,
    Extension,
    Enum,
    Domain,
    CompositeType,
    Sequence,
    Table,
    Column,
    Constraint,
    Index,
    View,
    MaterializedView,
    Function,
    Procedure,
    Trigger,
    Policy,
}
