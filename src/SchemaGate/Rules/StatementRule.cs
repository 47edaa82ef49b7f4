using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules;

/// <summary>A rule that looks at each statement on its own.</summary>
public abstract class StatementRule : IMigrationRule
{
    public abstract Rule Rule { get; }

    public IEnumerable<Finding> Check(ScriptContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        List<Finding>? found = null;
        foreach (var statement in ctx.Statements)
        {
            if (statement.Tokens.Count == 0 || statement.IsPsqlMeta) continue;
            Check(ctx, statement, found ??= []);
        }
        return found ?? (IEnumerable<Finding>)[];
    }

    protected abstract void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found);
}
