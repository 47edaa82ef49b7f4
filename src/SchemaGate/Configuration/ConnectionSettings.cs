using SchemaGate.Connections;
using SchemaGate.Security;

namespace SchemaGate.Configuration;

/// <summary>
/// Resolves the connection settings from the bound parameters and the environment: production is
/// <c>--prod-url</c> (bound from PROD_URL too), else DATABASE_URL, announced; development is <c>--dev-url</c>.
/// Every value is registered with the redactor as soon as it is read.
/// </summary>
public static class ConnectionSettings
{
    public const string ProdParameter = "--prod-url";
    public const string DevParameter = "--dev-url";
    public const string DatabaseUrlVariable = "DATABASE_URL";

    public static ConnectionSetting? Production(string? prodUrl, IReadOnlyDictionary<string, string?> environment, Redactor redactor)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(redactor);
        if (!string.IsNullOrWhiteSpace(prodUrl))
        {
            redactor.Add(prodUrl);
            return new ConnectionSetting("production", ProdParameter, ProdParameter, prodUrl);
        }
        if (environment.TryGetValue(DatabaseUrlVariable, out var fallback) && !string.IsNullOrWhiteSpace(fallback))
        {
            redactor.Add(fallback);
            return new ConnectionSetting("production", ProdParameter, DatabaseUrlVariable, fallback);
        }
        return null;
    }

    public static ConnectionSetting? Development(string? devUrl, Redactor redactor)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        if (string.IsNullOrWhiteSpace(devUrl)) return null;
        redactor.Add(devUrl);
        return new ConnectionSetting("development", DevParameter, DevParameter, devUrl);
    }

    /// <summary>The line that announces the DATABASE_URL fallback, or null when --prod-url was given.</summary>
    public static string? Announcement(ConnectionSetting setting, DatabaseUrl url) => setting.Source == DatabaseUrlVariable
        ? $"{ProdParameter} not given: using {DatabaseUrlVariable} from the environment as production ({url.Display})."
        : null;

    /// <summary>
    /// Production's URL for the targets that only need it parsed (DiffAgainstProd, Snapshot): null when nothing is
    /// set; a setting that cannot be used is a <see cref="Failures.UsageException"/> naming what is wrong.
    /// </summary>
    public static DatabaseUrl? ParseProduction(string? prodUrl, IReadOnlyDictionary<string, string?> environment, Redactor redactor, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var setting = Production(prodUrl, environment, redactor);
        if (setting is null) return null;
        var parsed = SettingParser.Parse(setting, DeployEnvironment.Development, redactor);
        if (parsed.Problem is { } problem) throw new Failures.UsageException(problem.Message);
        if (Announcement(setting, parsed.Url!) is { } line) log.WriteLine(line);
        return parsed.Url;
    }
}
