namespace SchemaGate.Rules.Schema;

/// <summary>
/// Whether <c>ALTER COLUMN ... TYPE</c> from one type to another rewrites the table, by PostgreSQL's rules: no rewrite
/// (and no value changes) when the old type is binary coercible to the new one and no length or precision coercion
/// remains (<c>varchar(n)</c> to a larger <c>varchar</c> or to <c>text</c>, <c>numeric(p,s)</c> to a larger precision with
/// the same scale or to unconstrained <c>numeric</c>, a larger precision of <c>timestamp</c>/<c>time</c>/<c>interval</c>,
/// <c>cidr</c> to <c>inet</c>, <c>xml</c> to <c>text</c>, an unconstrained domain over such a type); a rewrite for
/// everything else. <c>timestamp</c> to and from <c>timestamptz</c> rewrites unless the session's time zone is UTC, which
/// a script cannot know, so it counts as a rewrite.
/// </summary>
public static class TypeChange
{
    private const int MaxTemporalPrecision = 6;

    /// <summary>True when the change rewrites the table; false when it keeps every value and the data file.</summary>
    public static bool Rewrites(ColumnType from, ColumnType to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.OddModifiers || to.OddModifiers) return true;
        if (from.IsArray || to.IsArray) return !(from.IsArray && to.IsArray && SameType(from, to));
        if (SameType(from, to)) return false;
        if (from.Name == to.Name) return Widens(from, to);
        return (from.Name, to.Name) switch
        {
            ("character varying", "text") => false,
            ("text", "character varying") => to.Modifiers.Count > 0,
            ("text", "character") => to.Modifiers.Count > 0,
            ("xml", "text") => false,
            ("xml", "character varying") => to.Modifiers.Count > 0,
            ("cidr", "inet") => false,
            ("integer", "oid") or ("oid", "integer") => false,
            _ => true,
        };
    }

    private static bool SameType(ColumnType a, ColumnType b) => a.Name == b.Name && a.Modifiers.SequenceEqual(b.Modifiers);

    /// <summary>Same type, other modifiers: only the types whose length coercion PostgreSQL drops when it only widens.</summary>
    private static bool Widens(ColumnType from, ColumnType to)
    {
        var unbounded = to.Modifiers.Count == 0;
        switch (from.Name)
        {
            case "character varying" or "bit varying":
                return !(unbounded || (from.Modifiers.Count == 1 && to.Modifiers[0] >= from.Modifiers[0]));
            case "numeric":
            {
                if (unbounded) return false;
                if (from.Modifiers.Count == 0) return true;
                var (p, s) = (from.Modifiers[0], from.Modifiers.Count > 1 ? from.Modifiers[1] : 0);
                var (p2, s2) = (to.Modifiers[0], to.Modifiers.Count > 1 ? to.Modifiers[1] : 0);
                return !(s2 == s && p2 >= p);
            }
            case "timestamp without time zone" or "timestamp with time zone" or "time without time zone" or "time with time zone" or "interval":
                return !(unbounded || to.Modifiers[0] >= MaxTemporalPrecision || (from.Modifiers.Count == 1 && to.Modifiers[0] >= from.Modifiers[0]));
            default:
                return true;
        }
    }
}
