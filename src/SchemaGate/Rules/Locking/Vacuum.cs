using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>Reads VACUUM's options.</summary>
internal static class Vacuum
{
    /// <summary>
    /// True for <c>VACUUM FULL ...</c> and <c>VACUUM (FULL [true | on | 1], ...)</c>; false for <c>VACUUM (FULL false)</c>,
    /// <c>FULL off</c>, <c>FULL 0</c> and any VACUUM without FULL.
    /// </summary>
    public static bool IsFull(IReadOnlyList<SqlToken> t)
    {
        if (!t[0].IsWord("vacuum")) return false;
        for (var i = 1; i < t.Count; i++)
        {
            if (!t[i].IsWord("full")) continue;
            if (i + 1 >= t.Count) return true;
            var value = t[i + 1];
            return !(value.IsWord("false") || value.IsWord("off") || (value.Kind == SqlTokenKind.Number && value.Text == "0")
                     || (value.Kind == SqlTokenKind.String && value.Value is "false" or "off" or "0"));
        }
        return false;
    }
}
