namespace SchemaGate.Catalog;

/// <summary>Glob matching for filters: <c>*</c> is any run of characters, <c>?</c> exactly one; ordinal, whole string.</summary>
public static class Glob
{
    public static bool MatchesAny(IReadOnlyList<string> patterns, string value)
    {
        for (var i = 0; i < patterns.Count; i++)
            if (Matches(patterns[i], value)) return true;
        return false;
    }

    public static bool Matches(string pattern, string value)
    {
        int p = 0, v = 0, starP = -1, starV = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == value[v]) && pattern[p] != '*')
            {
                p++; v++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++; starV = v;
            }
            else if (starP >= 0)
            {
                p = starP + 1; v = ++starV;
            }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
