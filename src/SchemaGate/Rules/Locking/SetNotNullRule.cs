using SchemaGate.Findings;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>SG307: ALTER TABLE ... ALTER [COLUMN] c SET NOT NULL on an existing table.</summary>
public sealed class SetNotNullRule : StatementRule
{
    public static Rule Definition { get; } = new("SG307", RuleFamily.Locking, "SET NOT NULL on an existing column", Severity.Warning,
        "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
        "Add CHECK (col IS NOT NULL) NOT VALID, validate it in a later migration, then SET NOT NULL (PostgreSQL 12+ uses the valid check and skips the scan) and drop the check.") { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        if (ctx.AlterTableAt(statement.Index) is not { } alter || ctx.IsNewTable(alter.Table, statement.Index)) return;
        foreach (var action in alter.Actions)
        {
            var column = action.AlteredColumn();
            if (column < 0 || !action.Tokens.IsWordAt(column + 1, "set") || !action.Tokens.IsWordAt(column + 2, "not")) continue;
            var obj = alter.Table.Member(action.Tokens[column].Value);
            found.Add(ctx.Report(Rule,
                $"SET NOT NULL on {obj} scans the whole table under an ACCESS EXCLUSIVE lock.",
                statement, obj, action.First));
        }
    }
}
