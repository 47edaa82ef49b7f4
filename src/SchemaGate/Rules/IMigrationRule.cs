using SchemaGate.Findings;

namespace SchemaGate.Rules;

/// <summary>A static check of one up script. Implementations are stateless; everything they need is in the context.</summary>
public interface IMigrationRule
{
    Rule Rule { get; }

    IEnumerable<Finding> Check(ScriptContext ctx);
}
