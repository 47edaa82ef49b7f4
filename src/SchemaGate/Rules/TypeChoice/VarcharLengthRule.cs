using SchemaGate.Findings;
using SchemaGate.Rules.Schema;

namespace SchemaGate.Rules.TypeChoice;

/// <summary>SG334: a column declared varchar(n) / character varying(n) with a length.</summary>
public sealed class VarcharLengthRule : TypeChoiceRule
{
    public static Rule Definition { get; } = new("SG334", RuleFamily.Locking, "varchar(n) column", Severity.Notice,
        "A column is declared varchar(n): the length limit is stored in the type, so changing it means ALTER COLUMN ... TYPE (shortening rewrites the table under an ACCESS EXCLUSIVE lock), and it is no faster than text.",
        "Declare the column text, with a CHECK (length(col) <= n) constraint when the limit matters: a constraint can be replaced NOT VALID and validated without a rewrite.")
    { EnabledByDefault = false };

    public override Rule Rule => Definition;

    protected override string? Flags(DeclaredColumns.Declared column) =>
        column.Type is { Name: "character varying", Modifiers.Count: > 0 } type ? $"is declared varchar({type.Modifiers[0]})" : null;
}
