namespace SchemaGate.Configuration;

/// <summary>What a connection setting looks like, before any parsing.</summary>
public enum SettingShape
{
    /// <summary><c>scheme://...</c> (postgres:// and postgresql:// are the valid ones).</summary>
    Url,
    /// <summary><c>Host=...;Database=...</c></summary>
    Keywords,
    /// <summary><c>sqlite:</c>, <c>sqlite3:</c>, <c>file:</c> or <c>:memory:</c>: SQLite's own forms.</summary>
    Sqlite,
    /// <summary>A path to a file (<c>./app.db</c>, <c>/var/data/x.db</c>, <c>app.sqlite3</c>).</summary>
    FilePath,
    /// <summary>None of the above (a bare word).</summary>
    Unknown,
}

public static class SettingShapes
{
    private static readonly string[] SqlitePrefixes = ["sqlite:", "sqlite3:", "file:", ":memory:"];
    private static readonly string[] DatabaseFileEndings = [".db", ".sqlite", ".sqlite3", ".db3"];

    public static SettingShape Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (SqlitePrefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase))) return SettingShape.Sqlite;
        if (text.Contains("://", StringComparison.Ordinal)) return SettingShape.Url;
        if (text.Contains('=')) return SettingShape.Keywords;
        if (text.StartsWith('/') || text.StartsWith("./", StringComparison.Ordinal) || text.StartsWith("../", StringComparison.Ordinal) ||
            text.StartsWith('~') || text.StartsWith(".\\", StringComparison.Ordinal) ||
            (text.Length > 2 && char.IsAsciiLetter(text[0]) && text[1] == ':' && text[2] is '\\' or '/') ||
            DatabaseFileEndings.Any(e => text.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            return SettingShape.FilePath;
        return SettingShape.Unknown;
    }
}
