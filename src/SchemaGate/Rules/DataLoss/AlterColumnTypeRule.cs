using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>SG208: ALTER TABLE ... ALTER [COLUMN] c [SET DATA] TYPE t on an existing table.</summary>
public sealed class AlterColumnTypeRule : StatementRule
{
    public static Rule Definition { get; } = new("SG208", RuleFamily.DataLoss, "ALTER COLUMN ... TYPE", Severity.Error,
        "A column of an existing table changes type: values may be truncated, rounded or rejected, and the table is usually rewritten under an ACCESS EXCLUSIVE lock.",
        "Add a column of the new type, backfill it in batches, switch the application over, then drop the old column.") { Effects = RuleEffects.RewritesTable | RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (ctx.AlterTableAt(statement.Index) is not { } alter || ctx.IsNewTable(alter.Table, statement.Index)) return;
        foreach (var action in alter.Actions)
        {
            var column = action.AlteredColumn();
            if (column < 0) continue;
            var t = action.Tokens;
            var i = column + 1;
            t.Skip(ref i, "set", "data");
            if (!t.IsWordAt(i, "type") || i >= action.End) continue;
            var obj = alter.Table.Member(t[column].Value);
            found.Add(ctx.Report(Rule,
                $"ALTER COLUMN {obj} TYPE converts every value (it may truncate, round or fail) and usually rewrites the table under an ACCESS EXCLUSIVE lock.",
                statement, obj, action.First));
        }
    }
}
