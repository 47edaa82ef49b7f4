using SchemaGate.Sql;

namespace SchemaGate.Rules.Schema;

/// <summary>
/// An <c>ALTER [COLUMN] c [SET DATA] TYPE t [COLLATE x] [USING expr]</c> action: the column, the new type and whether a
/// USING expression does more than name the column (<c>USING c</c> and <c>USING c::t</c> change nothing).
/// </summary>
public sealed record TypeAction(string Column, ColumnType? Type, bool Using, int TypeToken)
{
    public static TypeAction? Read(AlterAction action)
    {
        var column = action.AlteredColumn();
        if (column < 0) return null;
        var t = action.Tokens;
        var i = column + 1;
        t.Skip(ref i, "set", "data");
        if (!t.Skip(ref i, "type") || i >= action.End) return null;
        var typeToken = i;
        var type = ColumnType.TryRead(t, ref i, action.End);
        if (t.Skip(ref i, "collate")) t.TryReadName(ref i, out _);
        var name = t[column].Name();
        var usingExpression = false;
        if (t.Skip(ref i, "using"))
        {
            var j = i;
            var plain = j < action.End && t[j].IsIdentifier() && t[j].Name() == name;
            if (plain)
            {
                j++;
                if (t.IsCharAt(j, ':') || (j < action.End && t[j].Kind == SqlTokenKind.Operator && t[j].Text == "::"))
                {
                    j++;
                    var cast = ColumnType.TryRead(t, ref j, action.End);
                    plain = cast is not null && type is not null && cast == type;
                }
            }
            usingExpression = !plain || j != action.End;
        }
        return new TypeAction(name, type, usingExpression, typeToken);
    }
}
