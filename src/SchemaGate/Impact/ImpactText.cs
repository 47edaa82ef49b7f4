using System.Globalization;

namespace SchemaGate.Impact;

/// <summary>Rows and sizes in words: <c>1,204 rows</c>, <c>about 2.1 million rows</c>, <c>312 kB</c>, <c>1.2 GB</c>.</summary>
public static class ImpactText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Rows(TableImpact impact)
    {
        if (impact.ExactRows is { } exact) return $"{exact.ToString("N0", Invariant)} {Plural(exact, "row")}";
        if (impact.EstimatedRows < 0) return "row count unknown (never analysed, too large to count)";
        var rows = impact.EstimatedRows;
        return rows switch
        {
            >= 1e9 => $"about {(rows / 1e9).ToString("0.#", Invariant)} billion rows",
            >= 1e6 => $"about {(rows / 1e6).ToString("0.#", Invariant)} million rows",
            _ => $"about {Math.Round(rows).ToString("N0", Invariant)} rows",
        };
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024L => $"{bytes.ToString("N0", Invariant)} bytes",
        < 1024L * 1024 => $"{(bytes / 1024.0).ToString("0", Invariant)} kB",
        < 1024L * 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.#", Invariant)} MB",
        _ => $"{(bytes / (1024.0 * 1024 * 1024)).ToString("0.#", Invariant)} GB",
    };

    /// <summary>The sentence added to a finding's message, worded for what the rule does to the table.</summary>
    public static string For(string ruleId, TableImpact impact)
    {
        var size = $"{Rows(impact)}, {Size(impact.TotalBytes)}";
        return ruleId.ToUpperInvariant() switch
        {
            "SG201" => $"In production: drops table {impact.Table} ({size}).",
            "SG202" when impact.Target.Column is { } column && impact.NonNullValues is { } values =>
                $"In production: drops column {impact.Table}.{Rules.QualifiedName.Display(column)}: {values.ToString("N0", Invariant)} {Plural(values, "row")} hold a value (table: {size}).",
            "SG202" when impact.Target.Column is { } column =>
                $"In production: drops column {impact.Table}.{Rules.QualifiedName.Display(column)} of a table with {size}.",
            var id when id.StartsWith("SG2", StringComparison.Ordinal) => $"In production: {impact.Table} holds {size}.",
            _ => $"In production: {impact.Table} holds {size}; the lock lasts for the whole statement.",
        };
    }

    private static string Plural(long n, string word) => n == 1 ? word : word + "s";
}
