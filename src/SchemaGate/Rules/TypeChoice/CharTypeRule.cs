using SchemaGate.Findings;
using SchemaGate.Rules.Schema;

namespace SchemaGate.Rules.TypeChoice;

/// <summary>SG333: a column declared char(n) / character(n).</summary>
public sealed class CharTypeRule : TypeChoiceRule
{
    public static Rule Definition { get; } = new("SG333", RuleFamily.Locking, "char(n) column", Severity.Notice,
        "A column is declared char(n): values are padded with spaces to n characters, the padding is ignored in some comparisons and kept in others, and it is no faster than text.",
        "Declare the column text (with a CHECK on length(col) when a limit matters).")
    { EnabledByDefault = false };

    public override Rule Rule => Definition;

    protected override string? Flags(DeclaredColumns.Declared column) =>
        column.Type.Name == "character" ? $"is declared char({(column.Type.Modifiers.Count > 0 ? column.Type.Modifiers[0] : 1)})" : null;
}
