using System.Globalization;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Schema;

/// <summary>
/// A column's type as a script writes it, in PostgreSQL's canonical spelling (<c>int4</c> and <c>integer</c> are both
/// <c>integer</c>, <c>varchar</c> is <c>character varying</c>, <c>timestamptz</c> is <c>timestamp with time zone</c>),
/// with its numeric modifiers (<c>varchar(20)</c>: [20]; <c>numeric(10,2)</c>: [10, 2]; none: []) and whether it is an
/// array. <see cref="Serial"/> keeps that the script wrote a serial type (stored as an integer with a nextval() default).
/// </summary>
public sealed record ColumnType(string Name, IReadOnlyList<int> Modifiers, bool IsArray)
{
    /// <summary>True when the modifiers were written but are not plain numbers (a type this reader does not know).</summary>
    public bool OddModifiers { get; init; }

    /// <summary>serial, bigserial, smallserial (or serial4/8/2) as written; null for any other type.</summary>
    public string? Serial { get; init; }

    public bool IsInteger => Name is "integer" or "smallint" or "bigint";

    public bool Equals(ColumnType? other) =>
        other is not null && Name == other.Name && IsArray == other.IsArray && OddModifiers == other.OddModifiers &&
        Serial == other.Serial && Modifiers.SequenceEqual(other.Modifiers);

    public override int GetHashCode() => HashCode.Combine(Name, IsArray, Modifiers.Count);

    public override string ToString() =>
        Name + (Modifiers.Count == 0 ? "" : "(" + string.Join(",", Modifiers) + ")") + (IsArray ? "[]" : "");

    /// <summary>Reads a type starting at <paramref name="i"/> (before <paramref name="end"/>); leaves <paramref name="i"/> after it.</summary>
    public static ColumnType? TryRead(IReadOnlyList<SqlToken> t, ref int i, int end)
    {
        if (i >= end || !t[i].IsIdentifier()) return null;
        string name;
        var serial = (string?)null;
        var first = t[i].Kind == SqlTokenKind.Word ? t[i].Value : null;
        var start = i;
        switch (first)
        {
            case "double" when t.IsWordAt(i + 1, "precision"):
                name = "double precision";
                i += 2;
                break;
            case "character" or "char" or "nchar" when t.IsWordAt(i + 1, "varying"):
                name = "character varying";
                i += 2;
                break;
            case "national" when t.IsWordAt(i + 1, "character") || t.IsWordAt(i + 1, "char"):
                i += 2;
                name = t.Skip(ref i, "varying") ? "character varying" : "character";
                break;
            case "bit" when t.IsWordAt(i + 1, "varying"):
                name = "bit varying";
                i += 2;
                break;
            case "timestamp" or "time":
            {
                i++;
                var mods = ReadModifiers(t, ref i, end, out var odd);
                var zone = false;
                if (t.IsWordAt(i, "with") && t.IsWordAt(i + 1, "time") && t.IsWordAt(i + 2, "zone")) { zone = true; i += 3; }
                else if (t.IsWordAt(i, "without") && t.IsWordAt(i + 1, "time") && t.IsWordAt(i + 2, "zone")) i += 3;
                var temporal = first + (zone ? " with time zone" : " without time zone");
                return Array(t, ref i, end, new ColumnType(temporal, mods, false) { OddModifiers = odd });
            }
            case "interval":
            {
                i++;
                while (i < end && t[i].Kind == SqlTokenKind.Word && t[i].Value is "year" or "month" or "day" or "hour" or "minute" or "second" or "to") i++;
                var mods = ReadModifiers(t, ref i, end, out var odd);
                return Array(t, ref i, end, new ColumnType("interval", mods, false) { OddModifiers = odd });
            }
            default:
                if (!t.TryReadName(ref i, out var qualified)) return null;
                var written = i - start == 1 ? qualified.Name : qualified.Schema == "pg_catalog" ? qualified.Name : qualified.ToString();
                name = Canonical(written, out serial);
                break;
        }
        var modifiers = ReadModifiers(t, ref i, end, out var oddModifiers);
        if (name == "float")
        {
            name = modifiers.Count == 1 && modifiers[0] <= 24 ? "real" : "double precision";
            modifiers = [];
        }
        if (name == "character" && modifiers.Count == 0 && !t.IsCharAt(start + 1, '(') && first is "char" or "character") modifiers = [1];
        return Array(t, ref i, end, new ColumnType(name, modifiers, false) { OddModifiers = oddModifiers, Serial = serial });
    }

    private static ColumnType Array(IReadOnlyList<SqlToken> t, ref int i, int end, ColumnType type)
    {
        var array = false;
        while (i < end)
        {
            if (t.IsCharAt(i, '['))
            {
                array = true;
                while (i < end && !t.IsCharAt(i, ']')) i++;
                i++;
            }
            else if (t.IsWordAt(i, "array"))
            {
                array = true;
                i++;
            }
            else break;
        }
        return array ? type with { IsArray = true } : type;
    }

    private static List<int> ReadModifiers(IReadOnlyList<SqlToken> t, ref int i, int end, out bool odd)
    {
        odd = false;
        var mods = new List<int>();
        if (!t.IsCharAt(i, '(')) return mods;
        var close = i;
        t.SkipGroup(ref close);
        for (var j = i + 1; j < close - 1 && j < end; j++)
        {
            if (t.IsCharAt(j, ',')) continue;
            if (t[j].Kind == SqlTokenKind.Number && int.TryParse(t[j].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) mods.Add(n);
            else odd = true;
        }
        i = close;
        return mods;
    }

    /// <summary>PostgreSQL's name for a type alias (the serial types map to their storage type, <paramref name="serial"/> set).</summary>
    public static string Canonical(string written, out string? serial)
    {
        serial = null;
        switch (written)
        {
            case "int" or "int4" or "integer": return "integer";
            case "int8" or "bigint": return "bigint";
            case "int2" or "smallint": return "smallint";
            case "serial" or "serial4": serial = written; return "integer";
            case "bigserial" or "serial8": serial = written; return "bigint";
            case "smallserial" or "serial2": serial = written; return "smallint";
            case "varchar": return "character varying";
            case "char" or "character" or "bpchar": return "character";
            case "decimal" or "numeric": return "numeric";
            case "float8": return "double precision";
            case "float4" or "real": return "real";
            case "float": return "float";
            case "bool" or "boolean": return "boolean";
            case "varbit": return "bit varying";
            case "timestamptz": return "timestamp with time zone";
            case "timetz": return "time with time zone";
            default: return written;
        }
    }
}
