using SchemaGate.Findings;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG210: DROP TYPE and DROP DOMAIN.</summary>
public sealed class DropTypeRule() : DropObjectRule("type", "domain")
{
    public static Rule Definition { get; } = new("SG210", RuleFamily.DataLoss, "DROP TYPE / DROP DOMAIN", Severity.Error,
        "The script drops a type or domain; with CASCADE, every column of that type is dropped with its data.",
        "Migrate the columns to another type first; drop the type without CASCADE so PostgreSQL refuses while anything uses it.") { Effects = RuleEffects.RemovesObject };

    public override Rule Rule => Definition;
    protected override string Consequence => "columns of this type lose their type (with CASCADE the columns are dropped with their data).";
}
