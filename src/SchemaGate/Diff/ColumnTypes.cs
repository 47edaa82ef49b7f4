using System.Globalization;

namespace SchemaGate.Diff;

/// <summary>
/// Whether changing a column from one type to another (as <c>format_type</c> prints them) keeps every existing
/// value intact. Widening (varchar(50) to varchar(100) or text, integer to bigint, numeric(10,2) to
/// numeric(12,2)) is lossless; narrowing or a change between unrelated types can fail or truncate. Unknown
/// pairs count as lossy: the gate errs on the side of asking.
/// </summary>
public static class ColumnTypes
{
    private static readonly Dictionary<string, int> IntegerDigits = new(StringComparer.Ordinal)
    {
        ["smallint"] = 5,
        ["integer"] = 10,
        ["bigint"] = 19,
    };

    public static bool IsLossless(string from, string to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = ParsedType.Parse(from);
        var b = ParsedType.Parse(to);
        if (b.ArrayDims == 0 && b.Name == "text") return true;
        if (b.ArrayDims == 0 && b.Name == "varchar" && b.Args.Length == 0) return true;
        if (a.ArrayDims != b.ArrayDims) return false;

        if (a.Name == b.Name) return SameFamily(a, b);

        if (a.Name is "char" or "varchar" && b.Name is "char" or "varchar")
            return Length(b) is not { } lb || (Length(a) is { } la && lb >= la);
        if (a.Name == "bit" && b.Name == "varbit")
            return Length(b) is not { } lvb || (Length(a) is { } lbit && lvb >= lbit);
        if (IntegerDigits.TryGetValue(a.Name, out var digits))
        {
            if (IntegerDigits.TryGetValue(b.Name, out var toDigits)) return toDigits >= digits;
            if (b.Name == "numeric") return b.Args.Length == 0 || b.Args[0] - Scale(b) >= digits;
            if (b.Name == "double precision") return a.Name != "bigint";
            if (b.Name == "real") return a.Name == "smallint";
            return false;
        }
        return (a.Name, b.Name) switch
        {
            ("real", "double precision") => true,
            ("date", "timestamp" or "timestamptz") => true,
            ("timestamp", "timestamptz") or ("time", "timetz") => PrecisionKept(a, b),
            _ => false,
        };
    }

    private static bool SameFamily(ParsedType a, ParsedType b)
    {
        switch (a.Name)
        {
            case "varchar" or "char" or "bit" or "varbit":
                if (Length(b) is null) return a.Name is "varchar" or "varbit";
                return Length(a) is { } la && Length(b) >= la && (a.Name != "bit" || Length(b) == la);
            case "numeric":
                if (b.Args.Length == 0) return true;
                if (a.Args.Length == 0) return false;
                return b.Args[0] - Scale(b) >= a.Args[0] - Scale(a) && Scale(b) >= Scale(a);
            case "timestamp" or "timestamptz" or "time" or "timetz" or "interval":
                return PrecisionKept(a, b);
            default:
                return a.Args.SequenceEqual(b.Args) && a.Suffix == b.Suffix;
        }
    }

    private static int? Length(ParsedType t) => t.Args.Length > 0 ? t.Args[0] : null;

    private static int Scale(ParsedType t) => t.Args.Length > 1 ? t.Args[1] : 0;

    private static bool PrecisionKept(ParsedType a, ParsedType b)
    {
        const int max = 6;
        var pa = a.Args.Length > 0 ? a.Args[0] : max;
        var pb = b.Args.Length > 0 ? b.Args[0] : max;
        return pb >= pa;
    }

    private sealed record ParsedType(string Name, int[] Args, string Suffix, int ArrayDims)
    {
        public static ParsedType Parse(string text)
        {
            var t = text.Trim();
            var dims = 0;
            while (t.EndsWith("[]", StringComparison.Ordinal))
            {
                dims++;
                t = t[..^2].TrimEnd();
            }
            var args = Array.Empty<int>();
            var open = t.IndexOf('(');
            var close = open >= 0 ? t.IndexOf(')', open) : -1;
            if (open >= 0 && close > open)
            {
                var inner = t[(open + 1)..close];
                var parts = inner.Split(',', StringSplitOptions.TrimEntries);
                if (parts.All(p => int.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
                {
                    args = parts.Select(p => int.Parse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToArray();
                    t = (t[..open].TrimEnd() + " " + t[(close + 1)..].Trim()).Trim();
                }
            }
            return new ParsedType(Canonical(t), args, "", dims);
        }

        private static string Canonical(string name) => name switch
        {
            "character varying" => "varchar",
            "character" => "char",
            "bit varying" => "varbit",
            "timestamp without time zone" or "timestamp" => "timestamp",
            "timestamp with time zone" => "timestamptz",
            "time without time zone" or "time" => "time",
            "time with time zone" => "timetz",
            "int" or "int4" => "integer",
            "int8" => "bigint",
            "int2" => "smallint",
            "float8" => "double precision",
            "float4" => "real",
            "decimal" => "numeric",
            _ => name,
        };
    }
}
