using SchemaGate.Findings;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.DataLoss;

/// <summary>
/// SG208: ALTER TABLE ... ALTER [COLUMN] c [SET DATA] TYPE t on an existing table, unless the change keeps every value
/// and the data file by PostgreSQL's rules (<see cref="TypeChange"/>), judged from the column's type as the earlier
/// statements and scripts declared it. A column whose type no script declares, a USING expression or a domain is
/// reported; the traced run withdraws the finding when it saw the table keep its data file.
/// </summary>
public sealed class AlterColumnTypeRule : AlterTableActionRule
{
    public static Rule Definition { get; } = new("SG208", RuleFamily.DataLoss, "ALTER COLUMN ... TYPE", Severity.Error,
        "A column of an existing table changes type in a way that converts its values: they may be truncated, rounded or rejected, and the table is rewritten under an ACCESS EXCLUSIVE lock.",
        "Add a column of the new type, backfill it in batches, switch the application over, then drop the old column. Widening varchar(n), varchar to text and numeric precision (same scale) keep the data and are not reported.") { Effects = RuleEffects.RewritesTable | RuleEffects.BlocksWrites, Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    protected override void CheckAction(ScriptContext ctx, SqlStatement statement, AlterTable alter, AlterAction action, List<Finding> found)
    {
        if (TypeAction.Read(action) is not { } change) return;
        var column = change.Column;
        var obj = alter.Table.Member(column);
        if (ctx.IsNewColumn(alter.Table, column, statement.Index)) return;
        var before = ctx.Declared.Column(alter.Table, column, ctx.At(statement.Index))?.Type;
        if (before is not null && change.Type is { } after && !change.Using && !Rewrites(ctx, statement, before, after)) return;
        var from = before is null ? "from a type no earlier script declares" : $"from {before}";
        var to = change.Type?.ToString() ?? "another type";
        var how = change.Using ? " with a USING expression" : "";
        found.Add(ctx.Report(Rule,
            $"ALTER COLUMN {obj} TYPE changes it {from} to {to}{how}: every value is converted and the table rewritten.",
            statement, obj, action.First));
    }

    /// <summary>A domain target is judged by its base type, and only without constraints (a constrained domain is checked row by row).</summary>
    private static bool Rewrites(ScriptContext ctx, SqlStatement statement, ColumnType before, ColumnType after)
    {
        if (ctx.Declared.Domain(new QualifiedName(QualifiedName.DefaultSchema, after.Name), ctx.At(statement.Index)) is { } domain)
            return domain.HasConstraints || domain.BaseType is not { } baseType || after.IsArray || TypeChange.Rewrites(before, baseType);
        return TypeChange.Rewrites(before, after);
    }
}
