using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG317: ALTER TABLE ... ADD [CONSTRAINT n] EXCLUDE ... on an existing table.</summary>
public sealed class ExcludeConstraintRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG317", RuleFamily.Locking, "ADD EXCLUDE constraint on an existing table", Severity.Warning,
        "Adding an exclusion constraint to an existing table builds its index and checks every row while holding an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build. An exclusion constraint cannot be added NOT VALID or from an index built concurrently.",
        "Declare exclusion constraints when the table is created; on a large existing table, create a new table with the constraint and move the rows in batches, or schedule the change for a maintenance window and allow it with a reason.")
    { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var kind = action.TableConstraintKind();
        if (kind < 0 || !action.Tokens[kind].IsWord("exclude")) return;
        var obj = action.ConstraintName() is { } name ? alter.Table.Member(name) : alter.Table.ToString();
        found.Add(ctx.Report(Rule,
            $"Adding an exclusion constraint to {alter.Table} builds its index and checks every row under an ACCESS EXCLUSIVE lock.",
            statement, obj, action.First));
    }
}
