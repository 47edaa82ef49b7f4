using System.Collections.Frozen;

namespace SchemaGate.Rules.Schema;

/// <summary>
/// How volatile the functions every database has are, by name (the strongest volatility of a name's overloads):
/// PostgreSQL 15's pg_catalog, the volatile functions of later versions and those of uuid-ossp and pgcrypto. Read from
/// the embedded <c>builtin_functions.txt</c>, generated with
/// <c>select proname, provolatile from pg_proc where pronamespace = 'pg_catalog'::regnamespace</c>.
/// </summary>
public static class BuiltinFunctions
{
    private static readonly Lazy<FrozenDictionary<string, Volatility>> Names = new(Load);

    /// <summary>The volatility of a function of that name, or null when no built-in function has it.</summary>
    public static Volatility? Of(string name) => Names.Value.TryGetValue(name, out var v) ? v : null;

    private static FrozenDictionary<string, Volatility> Load()
    {
        var assembly = typeof(BuiltinFunctions).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("builtin_functions.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, Volatility>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            names[line[..space]] = Parse(line[(space + 1)..]);
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Volatility Parse(string letter) => letter switch
    {
        "i" or "immutable" => Volatility.Immutable,
        "s" or "stable" => Volatility.Stable,
        _ => Volatility.Volatile,
    };
}

/// <summary>A function's volatility: whether PostgreSQL may evaluate a default that calls it once for all rows.</summary>
public enum Volatility
{
    Immutable,
    Stable,
    Volatile,
}
