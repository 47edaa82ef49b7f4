using System.Globalization;
using System.Text.RegularExpressions;

namespace SchemaGate.Production;

/// <summary>Backup files are named <c>&lt;database&gt;-&lt;UTC yyyyMMddTHHmmssZ&gt;.dump</c>, so they sort by time.</summary>
public static partial class BackupFileName
{
    public const string Extension = ".dump";
    private const string StampFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string For(string database, DateTimeOffset at) =>
        $"{Safe(database)}-{at.UtcDateTime.ToString(StampFormat, CultureInfo.InvariantCulture)}{Extension}";

    /// <summary>The backups of <paramref name="database"/> in <paramref name="directory"/>, newest first.</summary>
    public static IReadOnlyList<string> Existing(string directory, string database)
    {
        if (!Directory.Exists(directory)) return [];
        var prefix = Safe(database) + "-";
        return Directory.GetFiles(directory, prefix + "*" + Extension)
            .Where(f =>
            {
                var name = Path.GetFileName(f);
                return name.Length == prefix.Length + 16 + Extension.Length && StampPattern().IsMatch(name[prefix.Length..^Extension.Length]);
            })
            .OrderByDescending(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>A database name as a file name part: letters, digits, '_', '-' and '.' kept, everything else '_'.</summary>
    public static string Safe(string database) =>
        new(database.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_').ToArray());

    [GeneratedRegex(@"^\d{8}T\d{6}Z$")]
    private static partial Regex StampPattern();
}
