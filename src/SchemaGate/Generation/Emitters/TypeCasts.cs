using System.Collections.Frozen;

namespace SchemaGate.Generation.Emitters;

/// <summary>
/// Whether ALTER COLUMN ... TYPE needs a USING clause: not when PostgreSQL has an implicit or assignment cast from
/// the old type to the new one (a new length or precision, integers to numerics, anything to text, dates to
/// timestamps, json to jsonb); otherwise <c>USING column::new_type</c>. USING is not added where it is not needed:
/// an explicit cast to a shorter varchar would cut values the assignment cast refuses.
/// </summary>
public static class TypeCasts
{
    private static readonly FrozenSet<string> Numbers = new[] { "smallint", "integer", "bigint", "numeric", "real", "double precision" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Strings = new[] { "text", "character varying", "character", "name", "\"char\"", "bpchar", "varchar" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<(string, string)> Assignable = new[]
    {
        ("date", "timestamp without time zone"), ("date", "timestamp with time zone"),
        ("timestamp without time zone", "date"), ("timestamp with time zone", "date"),
        ("timestamp without time zone", "timestamp with time zone"), ("timestamp with time zone", "timestamp without time zone"),
        ("timestamp without time zone", "time without time zone"), ("timestamp with time zone", "time without time zone"),
        ("timestamp with time zone", "time with time zone"),
        ("time without time zone", "time with time zone"), ("time with time zone", "time without time zone"),
        ("time without time zone", "interval"), ("interval", "time without time zone"),
        ("json", "jsonb"), ("jsonb", "json"), ("inet", "cidr"), ("cidr", "inet"),
        ("bit", "bit varying"), ("bit varying", "bit"),
    }.ToFrozenSet();

    public static bool NeedsUsing(string from, string to)
    {
        var (a, aDims) = Base(from);
        var (b, bDims) = Base(to);
        if (aDims != bDims) return true;
        if (a == b) return false;
        if (Strings.Contains(b)) return false;
        if (Numbers.Contains(a) && Numbers.Contains(b)) return false;
        return !Assignable.Contains((a, b));
    }

    /// <summary>The type without length, precision and array brackets, and how many array dimensions it had.</summary>
    private static (string Name, int Dims) Base(string type)
    {
        var t = type.Trim();
        var dims = 0;
        while (t.EndsWith("[]", StringComparison.Ordinal))
        {
            dims++;
            t = t[..^2].TrimEnd();
        }
        var open = t.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = t.IndexOf(')', open);
            t = (t[..open].TrimEnd() + (close >= 0 ? t[(close + 1)..] : "")).Trim();
        }
        return (t, dims);
    }
}
