namespace SchemaGate.Rules.Schema;

/// <summary>Where a statement stands in a migration set: the up script's place in order, then the statement's index in it.</summary>
public readonly record struct SchemaPosition(int Script, int Statement) : IComparable<SchemaPosition>
{
    public int CompareTo(SchemaPosition other) => Script != other.Script ? Script.CompareTo(other.Script) : Statement.CompareTo(other.Statement);

    public static bool operator <(SchemaPosition a, SchemaPosition b) => a.CompareTo(b) < 0;
    public static bool operator >(SchemaPosition a, SchemaPosition b) => a.CompareTo(b) > 0;
    public static bool operator <=(SchemaPosition a, SchemaPosition b) => a.CompareTo(b) <= 0;
    public static bool operator >=(SchemaPosition a, SchemaPosition b) => a.CompareTo(b) >= 0;
}
