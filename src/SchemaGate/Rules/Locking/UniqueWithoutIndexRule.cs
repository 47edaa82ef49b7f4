using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG309: ADD UNIQUE / PRIMARY KEY (as a table constraint, or inline on an added column) without USING INDEX on an
/// existing table: the index is built while writes are blocked.
/// </summary>
public sealed class UniqueWithoutIndexRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG309", RuleFamily.Locking, "ADD UNIQUE / PRIMARY KEY without USING INDEX", Severity.Warning,
        "Adding a unique or primary key constraint builds its index while blocking writes to the table.",
        "CREATE UNIQUE INDEX CONCURRENTLY first (no-transaction script), then ADD CONSTRAINT ... UNIQUE USING INDEX / PRIMARY KEY USING INDEX.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        if (!action.Is("add") || action.Contains("using", "index")) return;
        var kind = action.TableConstraintKind();
        string obj;
        string what;
        if (kind >= 0)
        {
            if (!action.Tokens[kind].IsWord("unique") && !action.Tokens[kind].IsWord("primary")) return;
            what = action.Tokens[kind].IsWord("unique") ? "UNIQUE" : "PRIMARY KEY";
            obj = action.ConstraintName() is { } name ? alter.Table.Member(name) : alter.Table.ToString();
        }
        else
        {
            var column = action.AddedColumn();
            if (column < 0) return;
            var unique = action.Tokens.IndexOfTopLevelWord("unique", column + 1, action.End) >= 0;
            if (!unique && !action.Contains("primary", "key")) return;
            what = unique ? "UNIQUE" : "PRIMARY KEY";
            obj = alter.Table.Member(action.Tokens[column].Name());
        }
        found.Add(ctx.Report(Rule,
            $"Adding a {what} constraint to {alter.Table} builds its index while blocking writes.",
            statement, obj, action.First));
    }
}
