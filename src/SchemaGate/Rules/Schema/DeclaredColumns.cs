using SchemaGate.Sql;

namespace SchemaGate.Rules.Schema;

/// <summary>
/// The columns a statement declares, with their types: CREATE TABLE's column definitions, ALTER TABLE's added columns
/// and the new types of ALTER COLUMN ... TYPE. <see cref="At"/> is the token where the type is written.
/// </summary>
public static class DeclaredColumns
{
    public sealed record Declared(QualifiedName Table, string Column, ColumnType Type, SqlToken At, ColumnDefinition? Definition);

    public static IEnumerable<Declared> In(ScriptContext ctx, SqlStatement statement)
    {
        var t = statement.Tokens;
        if (t[0].IsWord("create"))
        {
            if (CreateTable.TryParse(statement) is not { } table) yield break;
            foreach (var column in table.Columns)
                if (column.Type is { } type) yield return new Declared(table.Table, column.Name, type, t[column.TypeToken], column);
            yield break;
        }
        if (ctx.AlterTableAt(statement.Index) is not { } alter) yield break;
        foreach (var action in alter.Actions)
        {
            var added = action.AddedColumn();
            if (added >= 0)
            {
                if (ColumnDefinition.TryRead(action.Tokens, added, action.End) is { Type: { } type } definition)
                    yield return new Declared(alter.Table, definition.Name, type, action.Tokens[definition.TypeToken], definition);
                continue;
            }
            if (TypeAction.Read(action) is { Type: { } newType } change)
                yield return new Declared(alter.Table, change.Column, newType, action.Tokens[change.TypeToken], null);
        }
    }
}
