using System.Globalization;
using SchemaGate.Failures;

namespace SchemaGate.Hosting;

/// <summary>Turns the raw text of a parameter (from any source) into the member's type; bad text is a usage error (exit 2).</summary>
internal static class ParameterValueParser
{
    public static object? Parse(ParameterDescriptor parameter, IReadOnlyList<string> values, string source)
    {
        if (parameter.IsList)
        {
            foreach (var v in values) CheckAllowed(parameter, v, source);
            return values.Select(v => Canonical(parameter, v)).ToArray();
        }

        if (values.Count == 0)
        {
            if (parameter.IsFlag) return true;
            throw Invalid(parameter, source, "a value is missing");
        }
        if (values.Count > 1)
            throw Invalid(parameter, source, "it takes one value, got " + values.Count);

        var text = values[0].Trim();
        var type = parameter.ScalarType;
        if (type == typeof(string))
        {
            CheckAllowed(parameter, values[0], source);
            return Canonical(parameter, values[0]);
        }
        if (type == typeof(bool))
        {
            return ParseBool(text) ?? throw Invalid(parameter, source, Shown(parameter, text) + " is not a boolean; use true or false");
        }
        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                ? i
                : throw Invalid(parameter, source, Shown(parameter, text) + " is not a whole number");
        }
        if (type == typeof(double))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? d
                : throw Invalid(parameter, source, Shown(parameter, text) + " is not a number");
        }
        if (type == typeof(TimeSpan))
        {
            return ParseDuration(text) ?? throw Invalid(parameter, source,
                Shown(parameter, text) + " is not a duration; use seconds (30), or 500ms, 30s, 2m, 1h, or hh:mm:ss");
        }
        if (type.IsEnum)
        {
            var normalized = ParameterNames.Normalize(text);
            var name = Enum.GetNames(type).FirstOrDefault(n => ParameterNames.Normalize(n) == normalized);
            return name is not null
                ? Enum.Parse(type, name)
                : throw Invalid(parameter, source, Shown(parameter, text) + " is not allowed; valid values: " + string.Join(", ", Enum.GetNames(type)));
        }
        throw Invalid(parameter, source, "its type is not supported");
    }

    public static bool? ParseBool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "on" or "1" => true,
        "false" or "no" or "off" or "0" => false,
        _ => null,
    };

    public static TimeSpan? ParseDuration(string text)
    {
        text = text.Trim().ToLowerInvariant();
        if (text.Length == 0) return null;
        (string number, double scale) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => (text[..^2], 0.001),
            _ when text.EndsWith('s') => (text[..^1], 1.0),
            _ when text.EndsWith('m') => (text[..^1], 60.0),
            _ when text.EndsWith('h') => (text[..^1], 3600.0),
            _ => (text, 1.0),
        };
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && double.IsFinite(value))
            return TimeSpan.FromSeconds(value * scale);
        if (text.Contains(':') && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
            return span;
        return null;
    }

    private static void CheckAllowed(ParameterDescriptor parameter, string value, string source)
    {
        if (parameter.AllowedValues is null) return;
        if (parameter.AllowedValues.Any(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))) return;
        throw Invalid(parameter, source, Shown(parameter, value) + " is not allowed; valid values: " + string.Join(", ", parameter.AllowedValues));
    }

    private static string Canonical(ParameterDescriptor parameter, string value) =>
        parameter.AllowedValues?.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase)) ?? value;

    /// <summary>A secret's value never appears in a message.</summary>
    private static string Shown(ParameterDescriptor parameter, string value) => parameter.Secret ? "the value" : $"'{value}'";

    private static UsageException Invalid(ParameterDescriptor parameter, string source, string why) =>
        new($"Invalid value for parameter {parameter.CliName} (from {source}): {why}.");
}
