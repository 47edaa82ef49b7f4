using System.Text.RegularExpressions;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// A file in the migrations folder that looks like a migration but is not read as one (<c>0013_typo.sq</c>,
/// <c>13_x.sql.bak</c>, <c>0013_x.psql</c>): it starts like a version and its extension is a near miss of
/// <c>.sql</c>. It would be skipped, and the change it holds would never run. Flyway-style <c>V13__x.sql</c> and
/// <c>0013-x.sql</c> are .sql files and are SG102; this gives them the name to use too.
/// </summary>
public static partial class NearMissFileName
{
    private static readonly string[] NearExtensions = [".sq", ".sqll", ".ql", ".psql", ".pgsql", ".ddl", ".sql~", ".txt", ""];

    /// <summary>The name the file would need (<c>0013_typo.sql</c>), or null when it does not look like a migration.</summary>
    public static string? Suggest(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (fileName.StartsWith('.')) return null;
        var match = VersionStart().Match(fileName);
        if (!match.Success) return null;
        var sqlAt = fileName.IndexOf(".sql", StringComparison.OrdinalIgnoreCase);
        string stem;
        if (sqlAt > 0 && sqlAt + 4 < fileName.Length) stem = fileName[..sqlAt]; // 13_x.sql.bak, 13_x.sql.orig
        else if (NearExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) && !fileName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            stem = Path.GetFileNameWithoutExtension(fileName);
        else return null;
        return Canonical(stem) + ".sql";
    }

    /// <summary>For a .sql file whose name is malformed in a well-known way: the name to use (<c>V13__add_x.sql</c> becomes <c>13_add_x.sql</c>).</summary>
    public static string? SuggestForMalformed(string fileName)
    {
        var stem = fileName.EndsWith(".sql", StringComparison.OrdinalIgnoreCase) ? fileName[..^4] : null;
        if (stem is null || !VersionStart().IsMatch(stem)) return null;
        var suggestion = Canonical(stem) + ".sql";
        return MigrationFileName.TryParse(suggestion) is null || suggestion == fileName ? null : suggestion;
    }

    /// <summary><c>V13__add x</c> and <c>0013-add-x</c> to <c>13_add_x</c> / <c>0013_add-x</c>: digits, one underscore, a description.</summary>
    private static string Canonical(string stem)
    {
        var m = VersionStart().Match(stem);
        var description = stem[m.Length..].TrimStart('_', '-', ' ');
        description = Regex.Replace(description, @"[^A-Za-z0-9_.\-]", "_");
        return $"{m.Groups["digits"].Value}_{(description.Length == 0 ? "description" : description)}";
    }

    [GeneratedRegex(@"^[Vv]?(?<digits>\d+)(__|[_\- ])")]
    private static partial Regex VersionStart();
}
