using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules;

/// <summary>
/// A rule about the actions of an ALTER TABLE on a table that existed before the change (nothing can lock or lose the
/// data of a table the change creates): it is handed each action of such a statement in turn.
/// </summary>
public abstract class AlterTableActionRule : StatementRule
{
    public sealed override IReadOnlyList<string> FirstWords => ["alter"];

    protected sealed override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (ctx.AlterTableAt(statement.Index) is not { } alter || ctx.IsNewTable(alter.Table, statement.Index)) return;
        foreach (var action in alter.Actions) CheckAction(ctx, statement, alter, action, found);
    }

    /// <summary>Checks one action of <paramref name="alter"/>, adding what it finds to <paramref name="found"/>.</summary>
    protected abstract void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found);
}
