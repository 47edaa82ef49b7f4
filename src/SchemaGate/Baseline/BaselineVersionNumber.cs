using System.Globalization;
using System.Numerics;
using SchemaGate.Failures;

namespace SchemaGate.Baseline;

/// <summary>Parses <c>--baseline-version</c>: digits, compared as a number like migration versions (0002 = 2).</summary>
public static class BaselineVersionNumber
{
    public static BigInteger? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        return trimmed.All(char.IsAsciiDigit) && BigInteger.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException("--baseline-version must be a migration version (digits, e.g. 0007).");
    }
}
