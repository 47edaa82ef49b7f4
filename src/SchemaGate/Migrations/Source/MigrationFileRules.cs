using SchemaGate.Findings;

namespace SchemaGate.Migrations.Source;

/// <summary>SG1xx (history family): the migration files themselves: names, versions, encoding, lexing, directives.</summary>
public static class MigrationFileRules
{
    public static readonly Rule DuplicateVersion = new("SG101", RuleFamily.History, "Duplicate migration version", Severity.Error,
        "Two migration files carry the same version number (versions compare as numbers: 0002 and 2 collide).",
        "Renumber one of the files to a version no other file uses; never renumber a file production has already applied.");

    public static readonly Rule MalformedName = new("SG102", RuleFamily.History, "Malformed migration file name", Severity.Error,
        "A .sql file in the migrations folder is not named <version>_<description>.sql or <version>_<description>.down.sql.",
        "Rename it to <digits>_<description>.sql, for example 0007_add_alert_index.sql.");

    public static readonly Rule NotPickedUp = new("SG116", RuleFamily.History, "File looks like a migration but is not one", Severity.Error,
        "A file in the migrations folder starts like a migration version but its extension is not .sql (0013_typo.sq, 13_x.sql.bak), so it is never read and the change it holds would never run.",
        "Rename it to the name given (<version>_<description>.sql), or move it out of the migrations folder; if such files belong there, set SG116 to off in the policy file.");

    public static readonly Rule OrphanDown = new("SG103", RuleFamily.History, "Down script without its up script", Severity.Error,
        "A <version>_<description>.down.sql file has no matching up script with the same version.",
        "Add the up script, or remove (or rename) the down script so it matches its up script's version.");

    public static readonly Rule VersionGap = new("SG104", RuleFamily.History, "Gap in migration versions", Severity.Notice,
        "Versions skip numbers. Harmless, but often a sign of a file that was renamed or lost in a merge.",
        "Nothing to do if the gap is intended.");

    public static readonly Rule UnreadableSql = new("SG105", RuleFamily.History, "Script cannot be read as SQL", Severity.Error,
        "The script has an unterminated string, quoted identifier, dollar quote or block comment, or is not valid UTF-8.",
        "Close the string or comment at the position given, or save the file as UTF-8.");

    public static readonly Rule EmptyScript = new("SG106", RuleFamily.History, "Empty migration script", Severity.Warning,
        "The script holds no SQL statement (only whitespace or comments).",
        "Add the statements it was meant to hold, or delete it before it is applied and recorded.")
    { ScopedToChange = true };

    public static readonly Rule BadDirective = new("SG107", RuleFamily.History, "Invalid schemagate directive", Severity.Error,
        "A -- schemagate: comment is not understood: unknown directive, unknown rule id, or an allow without a reason.",
        "Write -- schemagate:no-transaction or -- schemagate:allow SG202 reason=\"why this is safe\".")
    { ScopedToChange = true };

    public static readonly Rule UnsupportedStatement = new("SG111", RuleFamily.History, "Statement the runner cannot execute", Severity.Error,
        "The script holds a psql meta-command (\\connect, \\i, ...) or COPY ... FROM STDIN, which only psql understands.",
        "Write plain SQL; load data with INSERT or a seed file instead of COPY FROM STDIN.");
}
