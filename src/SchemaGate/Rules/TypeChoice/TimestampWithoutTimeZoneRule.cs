using SchemaGate.Findings;
using SchemaGate.Rules.Schema;

namespace SchemaGate.Rules.TypeChoice;

/// <summary>SG332: a column declared timestamp (without time zone).</summary>
public sealed class TimestampWithoutTimeZoneRule : TypeChoiceRule
{
    public static Rule Definition { get; } = new("SG332", RuleFamily.Locking, "timestamp without time zone", Severity.Notice,
        "A column is declared timestamp without time zone: it stores a wall-clock reading with no zone, so the same instant written from sessions in different time zones gives different values, and comparisons across a daylight-saving change go wrong.",
        "Declare points in time timestamptz (timestamp with time zone); keep timestamp only for local calendar readings that are not instants.")
    { EnabledByDefault = false };

    public override Rule Rule => Definition;

    protected override string? Flags(DeclaredColumns.Declared column) =>
        column.Type.Name == "timestamp without time zone" ? "is declared timestamp without time zone" : null;
}
