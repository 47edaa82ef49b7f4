using SchemaGate.Findings;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG321: ALTER TABLE ... ADD COLUMN ... NOT NULL (or PRIMARY KEY) on an existing table with nothing that fills the
/// existing rows (no DEFAULT, identity, generated expression or serial type). It succeeds on the empty ephemeral table and
/// fails in production as soon as the table holds a row. With a production URL, production's row count is the evidence:
/// rows there make the finding blocking (<see cref="RuleEffects.FailsOnRows"/>).
/// </summary>
public sealed class AddColumnNotNullRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG321", RuleFamily.Locking, "ADD COLUMN NOT NULL without a default", Severity.Warning,
        "A NOT NULL column is added to an existing table without a default: every existing row would hold NULL, so the statement fails on any table that has rows. The ephemeral database's tables are empty, so it passes there and fails in production; with a production URL holding rows in that table, the finding blocks.",
        "Give the column a default (ADD COLUMN c type NOT NULL DEFAULT value: PostgreSQL 11+ stores it without rewriting), or add it nullable, backfill it, then SET NOT NULL the safe way (see SG307).")
    { Effects = RuleEffects.FailsOnRows, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        var column = action.AddedColumn();
        if (column < 0 || ColumnDefinition.TryRead(action.Tokens, column, action.End) is not { NotNull: true, FillsRows: false } definition) return;
        var obj = alter.Table.Member(definition.Name);
        found.Add(ctx.Report(Rule,
            $"ADD COLUMN {obj} is NOT NULL without a default: it fails if {alter.Table} holds any row.",
            statement, obj, action.First));
    }
}
