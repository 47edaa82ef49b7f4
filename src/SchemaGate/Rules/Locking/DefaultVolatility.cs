using SchemaGate.Rules.Schema;
using SchemaGate.Sql;

namespace SchemaGate.Rules.Locking;

/// <summary>
/// Whether a column default must be computed per row (PostgreSQL 11+ stores a non-volatile default once, without
/// touching the rows): it calls a volatile function, or a function whose volatility is unknown. Built-in functions are
/// looked up by name (<see cref="BuiltinFunctions"/>); functions the scripts create before the statement have the
/// volatility their CREATE FUNCTION declared (VOLATILE when it declares none).
/// </summary>
internal static class DefaultVolatility
{
    /// <summary>SQL syntax written like a call that is not a function call.</summary>
    private static readonly HashSet<string> Syntax = new(StringComparer.Ordinal)
    {
        "cast", "coalesce", "nullif", "greatest", "least", "array", "row", "exists", "extract", "trim", "position", "substring",
        "overlay", "treat", "xmlelement", "xmlforest", "xmlconcat", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmlexists",
        "json_object", "json_array", "json", "in", "any", "all", "some", "values", "normalize", "collation", "and", "or", "not",
        "is", "case", "when", "then", "else", "end", "distinct", "filter", "over", "within",
    };

    /// <summary>The first call in [start, end) that makes the default per-row, in words; null when every call is stable or immutable.</summary>
    public static string? PerRowCall(ScriptContext ctx, IReadOnlyList<SqlToken> t, int start, int end, int statementIndex)
    {
        for (var i = start; i + 1 < end; i++)
        {
            if (!t[i].IsIdentifier() || !t.IsCharAt(i + 1, '(')) continue;
            if (i > start && (IsCast(t[i - 1]) || t[i - 1].IsWord("as"))) continue;
            if (t.IsCharAt(i - 1, '.')) continue; // schema.fn( is read below
            if (t[i].Kind == SqlTokenKind.Word && Syntax.Contains(t[i].Value)) continue;
            var name = new QualifiedName(QualifiedName.DefaultSchema, t[i].Name());
            var volatility = VolatilityOf(ctx, name, qualified: false, statementIndex);
            if (volatility == Volatility.Volatile) return $"DEFAULT {QualifiedName.Display(name.Name)}() (a volatile function)";
            if (volatility is null) return $"DEFAULT {QualifiedName.Display(name.Name)}() (a function whose volatility no script declares)";
        }
        // schema-qualified calls: schema . fn (
        for (var i = start; i + 3 < end; i++)
        {
            if (!t[i].IsIdentifier() || !t.IsCharAt(i + 1, '.') || !t[i + 2].IsIdentifier() || !t.IsCharAt(i + 3, '(')) continue;
            if (i > start && (IsCast(t[i - 1]) || t[i - 1].IsWord("as"))) continue;
            var name = new QualifiedName(t[i].Name(), t[i + 2].Name());
            var volatility = VolatilityOf(ctx, name, qualified: true, statementIndex);
            if (volatility == Volatility.Volatile) return $"DEFAULT {name}() (a volatile function)";
            if (volatility is null) return $"DEFAULT {name}() (a function whose volatility no script declares)";
        }
        return null;
    }

    private static Volatility? VolatilityOf(ScriptContext ctx, QualifiedName name, bool qualified, int statementIndex)
    {
        if (ctx.Declared.Function(name, qualified, ctx.At(statementIndex)) is { } declared) return declared.Volatility;
        if (!qualified || name.Schema == "pg_catalog") return BuiltinFunctions.Of(name.Name);
        return null;
    }

    private static bool IsCast(SqlToken token) => token.Kind == SqlTokenKind.Operator && token.Text == "::";
}
