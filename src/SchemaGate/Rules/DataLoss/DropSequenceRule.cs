using SchemaGate.Findings;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG209: DROP SEQUENCE.</summary>
public sealed class DropSequenceRule() : DropObjectRule("sequence")
{
    public static Rule Definition { get; } = new("SG209", RuleFamily.DataLoss, "DROP SEQUENCE", Severity.Error,
        "The script drops a sequence; column defaults that call nextval() on it break, and its current value is lost.",
        "Remove the defaults that use it first (or keep the sequence), then drop it with an allow directive.") { Effects = RuleEffects.RemovesObject };

    public override Rule Rule => Definition;
    protected override string Consequence => "defaults calling nextval() on it stop working and its current value is lost.";
}
