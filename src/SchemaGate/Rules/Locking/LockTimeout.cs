using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>Recognises the statements that set or clear lock_timeout for the statements after them.</summary>
internal static class LockTimeout
{
    /// <summary>
    /// True when the statement sets a non-zero lock_timeout, false when it clears it (<c>= 0</c>, <c>DEFAULT</c>,
    /// <c>RESET</c>), null when it does not touch it. With <paramref name="localOnly"/> (each statement is its own
    /// transaction) <c>SET LOCAL</c> and <c>set_config(..., true)</c> change nothing.
    /// </summary>
    public static bool? Change(IReadOnlyList<SqlToken> t, bool localOnly)
    {
        if (t[0].IsWord("set"))
        {
            var i = 1;
            var local = t.Skip(ref i, "local");
            if (!local) t.Skip(ref i, "session");
            if (i >= t.Count || !t[i].IsIdentifier() || !string.Equals(t[i].Value, "lock_timeout", StringComparison.OrdinalIgnoreCase)) return null;
            if (local && localOnly) return null;
            i++;
            if (t.IsCharAt(i, '=') || t.IsWordAt(i, "to")) i++;
            return i < t.Count && IsNonZero(t[i]);
        }
        if (t[0].IsWord("reset"))
        {
            return t.IsWordAt(1, "all") || (t.Count > 1 && t[1].IsIdentifier() && t[1].Value == "lock_timeout") ? false : null;
        }
        if (!t[0].IsWord("select")) return null;
        for (var i = 1; i + 4 < t.Count; i++)
        {
            if (!t[i].IsWord("set_config") || !t.IsCharAt(i + 1, '(') || t[i + 2].Kind != SqlTokenKind.String
                || !string.Equals(t[i + 2].Value, "lock_timeout", StringComparison.OrdinalIgnoreCase) || !t.IsCharAt(i + 3, ',')) continue;
            var local = t.IsCharAt(i + 5, ',') && i + 6 < t.Count && t[i + 6].IsWord("true");
            if (local && localOnly) return null;
            return IsNonZero(t[i + 4]);
        }
        return null;
    }

    /// <summary>A lock_timeout value other than 0 (with or without a unit) and DEFAULT.</summary>
    private static bool IsNonZero(SqlToken value)
    {
        if (value.IsWord("default")) return false;
        if (value.Kind is not (SqlTokenKind.Number or SqlTokenKind.String)) return value.Kind == SqlTokenKind.Word;
        var text = value.Value.AsSpan().Trim();
        var digits = 0;
        while (digits < text.Length && (char.IsAsciiDigit(text[digits]) || text[digits] == '.')) digits++;
        if (digits == 0) return true;
        foreach (var c in text[..digits])
        {
            if (c is not ('0' or '.')) return true;
        }
        return false;
    }
}
