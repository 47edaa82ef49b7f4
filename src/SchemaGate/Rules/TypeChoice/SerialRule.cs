using SchemaGate.Findings;
using SchemaGate.Rules.Schema;

namespace SchemaGate.Rules.TypeChoice;

/// <summary>SG331: a column declared serial, bigserial or smallserial.</summary>
public sealed class SerialRule : TypeChoiceRule
{
    public static Rule Definition { get; } = new("SG331", RuleFamily.Locking, "serial instead of identity", Severity.Notice,
        "A column is declared serial: its sequence is a separate object with its own owner and privileges, copying the table (CREATE TABLE ... LIKE, dumps into another schema) keeps the default pointing at the old sequence, and nothing stops inserts from bypassing it.",
        "Declare the column GENERATED ALWAYS AS IDENTITY (or BY DEFAULT), the SQL-standard form whose sequence belongs to the column.")
    { EnabledByDefault = false };

    public override Rule Rule => Definition;

    protected override string? Flags(DeclaredColumns.Declared column) =>
        column.Type.Serial is { } serial ? $"is declared {serial}" : null;
}
