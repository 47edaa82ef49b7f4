using System.Collections.Frozen;
using System.Text;

namespace SchemaGate.Generation;

/// <summary>Quoting for generated SQL: identifiers only when they need it, literals always.</summary>
public static class SqlNames
{
    // Reserved, type/function-name and column-name keywords: a name equal to one of them is quoted.
    private static readonly FrozenSet<string> Keywords = new[]
    {
        "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between", "bigint",
        "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce", "collate", "collation",
        "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
        "current_schema", "current_time", "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable",
        "desc", "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign",
        "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner",
        "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "json", "json_array",
        "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar", "json_serialize",
        "json_table", "json_value", "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
        "merge_action", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric",
        "offset", "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision",
        "primary", "real", "references", "returning", "right", "row", "select", "session_user", "setof", "similar",
        "smallint", "some", "substring", "symmetric", "system_user", "table", "tablesample", "then", "time", "timestamp",
        "to", "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic",
        "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest",
        "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The identifier as SQL: bare when it is lower-case letters, digits and underscores and no keyword, else quoted.</summary>
    public static string Ident(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsPlain(name)) return name;
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary><c>schema.name</c>, each part quoted as needed.</summary>
    public static string Qualified(string schema, string name) => Ident(schema) + "." + Ident(name);

    /// <summary>A string literal (standard_conforming_strings: only the quote is doubled).</summary>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>The role that runs the script, which owns what it creates (and, as migrations run, what they created).</summary>
    public const string CurrentUser = "CURRENT_USER";

    /// <summary>A role as a grantee: PUBLIC and CURRENT_USER stay keywords, every other name is an identifier.</summary>
    public static string Role(string role) => role is "PUBLIC" or CurrentUser ? role : Ident(role);

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || !(name[0] is >= 'a' and <= 'z' or '_')) return false;
        foreach (var c in name)
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_')) return false;
        return !Keywords.Contains(name);
    }

    /// <summary>Joins statements' parts with single spaces, leaving out empty ones.</summary>
    internal static string Join(params string?[] parts)
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            if (string.IsNullOrEmpty(p)) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(p);
        }
        return sb.ToString();
    }
}
