namespace SchemaGate.Catalog;

/// <summary>How object kinds are named in prose.</summary>
public static class ObjectKinds
{
    /// <summary>The kind in words: <c>composite type</c>, <c>foreign table</c>, <c>default privileges</c>.</summary>
    public static string Noun(ObjectKind kind) => kind switch
    {
        ObjectKind.CompositeType => "composite type",
        ObjectKind.RangeType => "range type",
        ObjectKind.MultirangeType => "multirange type",
        ObjectKind.MaterializedView => "materialized view",
        ObjectKind.ForeignDataWrapper => "foreign data wrapper",
        ObjectKind.ForeignServer => "foreign server",
        ObjectKind.UserMapping => "user mapping",
        ObjectKind.ForeignTable => "foreign table",
        ObjectKind.ExtendedStatistic => "extended statistics",
        ObjectKind.EventTrigger => "event trigger",
        ObjectKind.DefaultPrivilege => "default privileges",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
