using SchemaGate.Findings;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG211: DROP FUNCTION, PROCEDURE and ROUTINE.</summary>
public sealed class DropFunctionRule() : DropObjectRule("function", "procedure", "routine")
{
    public static Rule Definition { get; } = new("SG211", RuleFamily.DataLoss, "DROP FUNCTION / PROCEDURE", Severity.Error,
        "The script drops a function or procedure; defaults, triggers, views and check constraints may depend on it, and CASCADE drops them too.",
        "Replace it with CREATE OR REPLACE, or remove what depends on it first; never drop with CASCADE in a migration.") { Effects = RuleEffects.RemovesObject };

    public override Rule Rule => Definition;
    protected override string Consequence => "column defaults, triggers, views and check constraints may call it.";
}
