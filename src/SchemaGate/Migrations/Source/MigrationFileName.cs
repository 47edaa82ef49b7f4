using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// The name of a migration file: <c>&lt;version&gt;_&lt;description&gt;.sql</c> or
/// <c>&lt;version&gt;_&lt;description&gt;.down.sql</c>.
/// <list type="bullet">
/// <item>The version is one or more ASCII digits, compared as a number: <c>0002</c> and <c>2</c> are the same version.</item>
/// <item>The description starts with an ASCII letter or digit and continues with letters, digits,
/// <c>_</c>, <c>-</c> and <c>.</c>; it must not end with <c>.</c>. Spaces and other characters are refused,
/// because the name travels through shells, URLs and the journal's <c>scriptname</c> column.</item>
/// <item>The <c>.sql</c> and <c>.down.sql</c> suffixes are matched ignoring case.</item>
/// </list>
/// </summary>
public sealed partial record MigrationFileName(BigInteger Version, string Description, bool IsDown)
{
    private const string SqlSuffix = ".sql";
    private const string DownSuffix = ".down";

    [GeneratedRegex(@"^(?<version>[0-9]+)_(?<description>[A-Za-z0-9](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    /// <summary>Parses a file name (not a path); null when it does not follow the convention.</summary>
    public static MigrationFileName? TryParse(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (!fileName.EndsWith(SqlSuffix, StringComparison.OrdinalIgnoreCase)) return null;
        var stem = fileName[..^SqlSuffix.Length];
        var isDown = stem.EndsWith(DownSuffix, StringComparison.OrdinalIgnoreCase);
        if (isDown) stem = stem[..^DownSuffix.Length];
        var match = Pattern().Match(stem);
        if (!match.Success) return null;
        var version = BigInteger.Parse(match.Groups["version"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        return new MigrationFileName(version, match.Groups["description"].Value, isDown);
    }
}
