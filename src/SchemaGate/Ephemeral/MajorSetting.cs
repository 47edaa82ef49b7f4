using System.Globalization;
using SchemaGate.Failures;

namespace SchemaGate.Ephemeral;

/// <summary>
/// <c>--pg-major</c>: <c>auto</c> (the default) runs the ephemeral server on production's major when a production URL
/// is given (a local install of it, binaries of it fetched once, or the docker image of it) and on any installed major
/// otherwise; a number asks for exactly that major; <c>any</c> takes whatever is installed.
/// </summary>
public sealed record MajorSetting(bool Auto, int? Major, bool Exact)
{
    public static MajorSetting Parse(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Equals("auto", StringComparison.OrdinalIgnoreCase)) return new(true, null, false);
        if (text.Equals("any", StringComparison.OrdinalIgnoreCase) || text == "0") return new(false, null, false);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var major) && major is >= 9 and <= 99)
            return new(false, major, true);
        throw new UsageException($"--pg-major '{text}' is not auto, any, or a PostgreSQL major version such as 16.");
    }
}
