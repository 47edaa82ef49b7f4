using System.Globalization;
using System.Numerics;
using SchemaGate.Failures;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Generation;

/// <summary>
/// Where generated scripts go. <c>--sql-out</c> naming a folder (an existing one, or a path ending in '/') writes
/// <c>&lt;next version&gt;_&lt;--name&gt;.sql</c> there, the next version after the highest in the migrations folder, written
/// with the same number of digits; the online part, when there is one, is the version after it,
/// <c>&lt;version&gt;_&lt;name&gt;_concurrently.sql</c> (marked no-transaction). <c>--sql-out</c> naming a file writes the main
/// script there and the online part beside it: the next version's <c>..._concurrently.sql</c> when the file is named
/// like a migration, else <c>&lt;file&gt;.concurrently.sql</c>.
/// </summary>
public sealed record OutputPaths(string Main, string Online)
{
    public const string OnlineSuffix = "concurrently";

    public static OutputPaths Resolve(string sqlOut, string? name, string repositoryRoot, string migrationsPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sqlOut);
        var full = Path.GetFullPath(sqlOut, repositoryRoot);
        var isFolder = Directory.Exists(full) || sqlOut.EndsWith('/') || sqlOut.EndsWith('\\');
        if (isFolder)
        {
            var description = string.IsNullOrWhiteSpace(name) ? "generated" : name.Trim();
            if (MigrationFileName.TryParse($"1_{description}.sql") is null)
                throw new UsageException($"--name '{description}' cannot be a migration's description: use letters, digits, '_', '-' and '.', starting with a letter or digit.");
            var (next, width) = NextVersion(migrationsPath);
            return new OutputPaths(
                Path.Combine(full, $"{Format(next, width)}_{description}.sql"),
                Path.Combine(full, $"{Format(next + 1, width)}_{description}_{OnlineSuffix}.sql"));
        }
        var fileName = Path.GetFileName(full);
        var folder = Path.GetDirectoryName(full)!;
        if (MigrationFileName.TryParse(fileName) is { IsDown: false } parsed)
        {
            var digits = fileName.TakeWhile(char.IsAsciiDigit).Count();
            return new OutputPaths(full, Path.Combine(folder, $"{Format(parsed.Version + 1, digits)}_{parsed.Description}_{OnlineSuffix}.sql"));
        }
        var stem = fileName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) ? fileName[..^4] : fileName;
        return new OutputPaths(full, Path.Combine(folder, $"{stem}.{OnlineSuffix}.sql"));
    }

    /// <summary>The version after the highest in the folder, and how many digits the highest was written with (4 when empty).</summary>
    public static (BigInteger Next, int Width) NextVersion(string migrationsPath)
    {
        var highest = BigInteger.Zero;
        var width = 4;
        if (Directory.Exists(migrationsPath))
        {
            foreach (var file in Directory.EnumerateFiles(migrationsPath, "*.sql"))
            {
                var fileName = Path.GetFileName(file);
                if (MigrationFileName.TryParse(fileName) is not { } parsed || parsed.Version < highest) continue;
                highest = parsed.Version;
                width = fileName.TakeWhile(char.IsAsciiDigit).Count();
            }
        }
        return (highest + 1, width);
    }

    private static string Format(BigInteger version, int width) => version.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
