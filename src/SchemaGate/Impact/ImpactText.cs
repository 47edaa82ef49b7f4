using System.Globalization;

namespace SchemaGate.Impact;

/// <summary>Rows and sizes in words: <c>1,204 rows</c>, <c>about 2.1 million rows</c>, <c>312 kB</c>, <c>1.2 GB</c>.</summary>
public static class ImpactText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Rows(TableImpact impact)
    {
        if (impact.ExactRows is { } exact) return $"{exact.ToString("N0", Invariant)} {(exact == 1 ? "row" : "rows")}";
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
}
