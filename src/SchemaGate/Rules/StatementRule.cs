using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules;

/// <summary>A rule that looks at each statement on its own.</summary>
public abstract class StatementRule : IMigrationRule
{
    public abstract Rule Rule { get; }

    /// <summary>
    /// The lower-case first words of the statements the rule can report on (for example <c>alter</c>), so the linter
    /// hands it only those; null when any statement may matter.
    /// </summary>
    public virtual IReadOnlyList<string>? FirstWords => null;

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

    /// <summary>Checks one SQL statement (not empty, not a psql meta-command), adding what it finds to <paramref name="found"/>.</summary>
    internal void CheckStatement(ScriptContext ctx, SqlStatement statement, List<Finding> found) => Check(ctx, statement, found);

    protected abstract void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found);
}
