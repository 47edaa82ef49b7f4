using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>DROP of an object that columns, defaults or other objects may depend on (SG209-SG211).</summary>
public abstract class DropObjectRule(params string[] kinds) : StatementRule
{
    protected abstract string Consequence { get; }

    public override IReadOnlyList<string> FirstWords => ["drop"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        foreach (var kind in kinds)
        {
            if (DropStatement.TryParse(statement, kind) is not { } drop) continue;
            foreach (var (name, at) in drop.Objects)
            {
                var cascade = drop.Cascade ? " With CASCADE, everything that depends on it is dropped too." : "";
                found.Add(ctx.Report(Rule,
                    $"DROP {kind.ToUpperInvariant()} {name}: {Consequence}{cascade} {Rule.Help}",
                    statement, name.ToString(), at));
            }
            return;
        }
    }
}

/// <summary>SG209: DROP SEQUENCE.</summary>
public sealed class DropSequenceRule() : DropObjectRule("sequence")
{
    public override Rule Rule => DataLossRules.DropSequence;
    protected override string Consequence => "defaults calling nextval() on it stop working and its current value is lost.";
}

/// <summary>SG210: DROP TYPE and DROP DOMAIN.</summary>
public sealed class DropTypeRule() : DropObjectRule("type", "domain")
{
    public override Rule Rule => DataLossRules.DropType;
    protected override string Consequence => "columns of this type lose their type (with CASCADE the columns are dropped with their data).";
}

/// <summary>SG211: DROP FUNCTION, PROCEDURE and ROUTINE.</summary>
public sealed class DropFunctionRule() : DropObjectRule("function", "procedure", "routine")
{
    public override Rule Rule => DataLossRules.DropFunction;
    protected override string Consequence => "column defaults, triggers, views and check constraints may call it.";
}
