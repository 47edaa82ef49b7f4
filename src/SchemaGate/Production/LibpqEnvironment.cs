using SchemaGate.Connections;

namespace SchemaGate.Production;

/// <summary>
/// The connection of a libpq tool (pg_dump, pg_restore) as environment variables, so nothing secret is ever on
/// the command line (argv is visible to every user of the machine): PGHOST, PGPORT, PGUSER, PGDATABASE,
/// PGPASSWORD, PGSSLMODE, PGCONNECT_TIMEOUT, PGAPPNAME.
/// </summary>
public static class LibpqEnvironment
{
    public static IReadOnlyDictionary<string, string?> For(DatabaseUrl url, TimeSpan connectTimeout, string applicationName)
    {
        var b = url.Builder;
        var env = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["PGHOST"] = b.Host,
            ["PGPORT"] = b.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGUSER"] = b.Username,
            ["PGDATABASE"] = url.Database,
            ["PGPASSWORD"] = string.IsNullOrEmpty(b.Password) ? null : b.Password,
            ["PGCONNECT_TIMEOUT"] = Math.Max(2, (int)Math.Ceiling(connectTimeout.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PGAPPNAME"] = applicationName,
            // Never read a password or service from the invoking user's files: the URL is the only source.
            ["PGPASSFILE"] = null,
            ["PGSERVICE"] = null,
            ["PGOPTIONS"] = null,
        };
        env["PGSSLMODE"] = b.SslMode switch
        {
            Npgsql.SslMode.Disable => "disable",
            Npgsql.SslMode.Allow => "allow",
            Npgsql.SslMode.Require => "require",
            Npgsql.SslMode.VerifyCA => "verify-ca",
            Npgsql.SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        return env;
    }
}
