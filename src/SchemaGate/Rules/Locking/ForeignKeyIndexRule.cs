using SchemaGate.Findings;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// SG320: a foreign key (CREATE TABLE's FOREIGN KEY or REFERENCES, ALTER TABLE ... ADD FOREIGN KEY, an added column's
/// REFERENCES) whose referencing columns lead no index of the table that any script of the set creates (an index, a
/// PRIMARY KEY or a UNIQUE constraint whose first key columns are exactly them, in any order).
/// </summary>
public sealed class ForeignKeyIndexRule : StatementRule
{
    public static Rule Definition { get; } = new("SG320", RuleFamily.Locking, "Foreign key without an index on its columns", Severity.Notice,
        "A foreign key's referencing columns have no index: every DELETE or key UPDATE on the referenced table scans the referencing table (under a lock) to check or cascade, and joins along the key scan it too.",
        "Create an index whose leading columns are the foreign key's columns (CREATE INDEX CONCURRENTLY in a no-transaction script for an existing table).")
    { Impact = ImpactKind.Table };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["create", "alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        if (t[0].IsWord("create"))
        {
            if (CreateTable.TryParse(statement) is not { Temporary: false } table) return;
            foreach (var column in table.Columns)
                if (column.References is { } reference) Report(ctx, statement, found, table.Table, [column.Name], null, t[reference.At]);
            foreach (var constraint in table.Constraints)
                if (constraint.Kind == ConstraintKind.ForeignKey) Report(ctx, statement, found, table.Table, constraint.Columns, constraint.Name, t[constraint.KindToken]);
            return;
        }
        if (ctx.AlterTableAt(statement.Index) is not { } alter) return;
        foreach (var action in alter.Actions)
        {
            var added = action.AddedColumn();
            if (added >= 0)
            {
                if (ColumnDefinition.TryRead(action.Tokens, added, action.End) is { References: { } reference } definition)
                    Report(ctx, statement, found, alter.Table, [definition.Name], null, action.Tokens[reference.At]);
                continue;
            }
            if (action.TableConstraintKind() < 0) continue;
            if (TableConstraint.TryRead(action.Tokens, action.Start + 1, action.End) is { Kind: ConstraintKind.ForeignKey } constraint)
                Report(ctx, statement, found, alter.Table, constraint.Columns, constraint.Name, action.First);
        }
    }

    private void Report(ScriptContext ctx, SqlStatement statement, List<Finding> found, QualifiedName table, IReadOnlyList<string> columns,
        string? name, SqlToken at)
    {
        if (columns.Count == 0 || columns.Any(c => c.Length == 0)) return;
        var wanted = columns.ToHashSet(StringComparer.Ordinal);
        if (ctx.Declared.HasIndexLeadingWith(table, wanted)) return;
        var obj = name is null ? table.ToString() : table.Member(name);
        var list = string.Join(", ", columns.Select(QualifiedName.Display));
        found.Add(ctx.Report(Rule,
            $"The foreign key on {table} ({list}) has no index whose leading columns are {list} in any script.",
            statement, obj, at));
    }
}
