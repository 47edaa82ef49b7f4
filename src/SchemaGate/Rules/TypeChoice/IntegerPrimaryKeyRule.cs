using SchemaGate.Findings;
using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.TypeChoice;

/// <summary>
/// SG330: a single-column primary key of type integer or smallint (serial, smallserial included): in CREATE TABLE (column
/// or table constraint), ADD COLUMN ... PRIMARY KEY, and ADD PRIMARY KEY (col) on a column the scripts declared so.
/// </summary>
public sealed class IntegerPrimaryKeyRule : StatementRule
{
    public static Rule Definition { get; } = new("SG330", RuleFamily.Locking, "int or smallint primary key", Severity.Notice,
        "A primary key is a 32-bit integer (or 16-bit smallint): it runs out at 2,147,483,647 (32,767), and widening it later to bigint rewrites the table and every table whose foreign keys point at it.",
        "Use bigint (GENERATED ALWAYS AS IDENTITY) for surrogate keys from the start.")
    { EnabledByDefault = false };

    public override Rule Rule => Definition;

    public override IReadOnlyList<string> FirstWords => ["create", "alter"];

    protected override void Check(ScriptContext ctx, SqlStatement statement, List<Finding> found)
    {
        var t = statement.Tokens;
        if (t[0].IsWord("create"))
        {
            if (CreateTable.TryParse(statement) is not { } table) return;
            foreach (var column in table.Columns)
                if (column.PrimaryKey && Small(column.Type)) Report(ctx, statement, found, table.Table, column.Name, column.Type!, t[column.TypeToken]);
            foreach (var constraint in table.Constraints)
            {
                if (constraint is not { Kind: ConstraintKind.PrimaryKey, Columns.Count: 1 }) continue;
                var key = table.Columns.FirstOrDefault(c => c.Name == constraint.Columns[0]);
                if (key is not null && Small(key.Type)) Report(ctx, statement, found, table.Table, key.Name, key.Type!, t[constraint.KindToken]);
            }
            return;
        }
        if (ctx.AlterTableAt(statement.Index) is not { } alter) return;
        foreach (var action in alter.Actions)
        {
            var added = action.AddedColumn();
            if (added >= 0)
            {
                if (ColumnDefinition.TryRead(action.Tokens, added, action.End) is { PrimaryKey: true } definition && Small(definition.Type))
                    Report(ctx, statement, found, alter.Table, definition.Name, definition.Type!, action.First);
                continue;
            }
            if (action.TableConstraintKind() < 0) continue;
            if (TableConstraint.TryRead(action.Tokens, action.Start + 1, action.End) is not { Kind: ConstraintKind.PrimaryKey, Columns.Count: 1 } constraint) continue;
            var declared = ctx.Declared.Column(alter.Table, constraint.Columns[0], ctx.At(statement.Index));
            if (declared?.Type is { } type && Small(type)) Report(ctx, statement, found, alter.Table, constraint.Columns[0], type, action.First);
        }
    }

    private static bool Small(ColumnType? type) => type is { IsArray: false, Name: "integer" or "smallint" };

    private void Report(ScriptContext ctx, SqlStatement statement, List<Finding> found, QualifiedName table, string column, ColumnType type, SqlToken at)
    {
        var obj = table.Member(column);
        found.Add(ctx.Report(Rule, $"The primary key {obj} is {type.Serial ?? type.Name}.", statement, obj, at));
    }
}
