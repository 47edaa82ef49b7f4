using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Security;

namespace SchemaGate.Configuration;

/// <summary>
/// Turns a <see cref="ConnectionSetting"/> into a <see cref="DatabaseUrl"/>, or into the SG001-SG003 finding that
/// explains why it cannot be one. Messages name the setting and the problem, never the value.
/// </summary>
public static class SettingParser
{
    public static ParsedSetting Parse(ConnectionSetting setting, DeployEnvironment environment, Redactor redactor)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(redactor);
        redactor.Add(setting.Value);
        var shape = SettingShapes.Of(setting.Value);
        switch (shape)
        {
            case SettingShape.Sqlite:
                return Refused(setting, ConfigRules.SqliteUrl.Report(SqliteMessage(setting, environment), obj: setting.Name));
            case SettingShape.FilePath:
                return Refused(setting, ConfigRules.FilePathUrl.Report(
                    $"{setting.Name} is a file path, not a PostgreSQL server: a database file belongs to an embedded engine (SQLite) " +
                    $"that this gate cannot check and that {setting.Role} must not run on. " +
                    (environment == DeployEnvironment.Development ? "" : FallbackTrap + " ") +
                    "Give postgres://user:password@host:5432/database.", obj: setting.Name));
            case SettingShape.Unknown:
                return Malformed(setting, "it is neither a postgres:// URL nor Host=...;Database=... settings (it looks like a bare word)");
            case SettingShape.Url:
                if (IsPostgresScheme(setting.Value) && SettingSyntax.UrlProblem(setting.Value) is { } urlProblem)
                    return Malformed(setting, urlProblem);
                break;
            case SettingShape.Keywords:
                if (SettingSyntax.KeywordsProblem(setting.Value) is { } keywordProblem)
                    return Malformed(setting, keywordProblem);
                break;
        }
        try
        {
            return new ParsedSetting(setting, DatabaseUrl.Parse(setting.Value, setting.Name, redactor), null);
        }
        catch (UsageException ex)
        {
            return new ParsedSetting(setting, null, ConfigRules.MalformedUrl.Report(redactor.Redact(ex.Message), obj: setting.Name));
        }
    }

    /// <summary>What an app does when it never reads DATABASE_URL, said once for every message that needs it.</summary>
    public const string FallbackTrap =
        "This is the fallback trap: an app that does not read DATABASE_URL (unset, misspelt, or read under another name) " +
        "silently falls back to a local SQLite file; it starts, passes its checks and keeps its data in a file the next deploy throws away.";

    private static string SqliteMessage(ConnectionSetting setting, DeployEnvironment environment) => environment switch
    {
        DeployEnvironment.Development =>
            $"{setting.Name} is a SQLite URL. SQLite may be fine for local experiments, but {setting.Role} is checked as PostgreSQL: " +
            $"give the PostgreSQL server's postgres:// URL, or leave {setting.Parameter} unset to skip the {setting.Role} checks in development.",
        _ =>
            $"{setting.Name} is a SQLite URL, and --environment is {environment.ToString().ToLowerInvariant()}. {FallbackTrap} " +
            $"Set {setting.Parameter} (or DATABASE_URL) to the PostgreSQL server's postgres:// URL, and make sure the app reads the same variable.",
    };

    private static bool IsPostgresScheme(string value)
    {
        var text = value.TrimStart();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);
    }

    private static ParsedSetting Malformed(ConnectionSetting setting, string problem) =>
        Refused(setting, ConfigRules.MalformedUrl.Report($"{setting.Name} is malformed: {problem}.", obj: setting.Name));

    private static ParsedSetting Refused(ConnectionSetting setting, Finding finding) => new(setting, null, finding);
}
