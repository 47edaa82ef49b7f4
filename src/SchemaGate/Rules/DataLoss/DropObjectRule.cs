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
                    $"DROP {kind.ToUpperInvariant()} {name}: {Consequence}{cascade}",
                    statement, name.ToString(), at));
            }
            return;
        }
    }
}
