using Npgsql;
using SchemaGate.Failures;
using SchemaGate.Security;

namespace SchemaGate.Connections;

/// <summary>
/// A PostgreSQL connection setting as the user gave it: a <c>postgres://</c> / <c>postgresql://</c> URL or
/// a keyword/value string (<c>Host=...;Username=...</c>). <see cref="Display"/> never holds the password.
/// </summary>
public sealed record DatabaseUrl
{
    private DatabaseUrl(NpgsqlConnectionStringBuilder builder, string display)
    {
        Builder = builder;
        Display = display;
    }

    /// <summary>The parsed settings. Treat as read-only; use <see cref="ConnectionString"/> to connect.</summary>
    public NpgsqlConnectionStringBuilder Builder { get; }

    /// <summary><c>postgres://user@host:port/database</c>, safe to print.</summary>
    public string Display { get; }

    public string ConnectionString => Builder.ConnectionString;
    public string? Password => Builder.Password;
    public string Database => Builder.Database ?? Builder.Username ?? "postgres";

    /// <summary>Parses <paramref name="value"/> given for <paramref name="parameter"/>; registers its secrets.</summary>
    /// <exception cref="UsageException">what is wrong, naming the parameter and never the password.</exception>
    public static DatabaseUrl Parse(string value, string parameter, Redactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        redactor?.Add(value);
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
            throw new UsageException($"{parameter} is empty: give a postgres:// URL or Host=...;Database=... settings.");

        NpgsqlConnectionStringBuilder builder;
        var scheme = SchemeOf(trimmed);
        if (scheme is not null)
        {
            if (scheme is not ("postgres" or "postgresql"))
                throw new UsageException(SchemeMessage(parameter, scheme));
            builder = FromUrl(trimmed, parameter, redactor);
        }
        else
        {
            if (!trimmed.Contains('='))
                throw new UsageException(
                    $"{parameter} is not a PostgreSQL connection setting: expected postgres://user:password@host:5432/database " +
                    "or Host=...;Database=...;Username=... (it looks like a bare word or a file path).");
            try
            {
                builder = new NpgsqlConnectionStringBuilder(trimmed);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException($"{parameter} has a keyword PostgreSQL does not know: {KeywordProblem(ex)}.");
            }
            redactor?.Add(builder.Password);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new UsageException($"{parameter} names no host.");
        return new DatabaseUrl(builder, DisplayOf(builder));
    }

    /// <summary>A copy that connects to another database of the same server.</summary>
    public DatabaseUrl WithDatabase(string database)
    {
        var copy = new NpgsqlConnectionStringBuilder(Builder.ConnectionString) { Database = database };
        return new DatabaseUrl(copy, DisplayOf(copy));
    }

    /// <summary>A copy with extra settings (for example a read-only session).</summary>
    public DatabaseUrl With(Action<NpgsqlConnectionStringBuilder> change)
    {
        var copy = new NpgsqlConnectionStringBuilder(Builder.ConnectionString);
        change(copy);
        return new DatabaseUrl(copy, DisplayOf(copy));
    }

    public override string ToString() => Display;

    private static string? SchemeOf(string value)
    {
        var idx = value.IndexOf("://", StringComparison.Ordinal);
        if (idx <= 0) return value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? "sqlite" : null;
        var scheme = value[..idx];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : null;
    }

    private static string SchemeMessage(string parameter, string scheme) => scheme.StartsWith("sqlite", StringComparison.Ordinal)
        ? $"{parameter} is a SQLite URL ({scheme}:). SchemaGate gates PostgreSQL: an app that falls back to SQLite " +
          "when DATABASE_URL is not read would deploy against a local file, not your server."
        : $"{parameter} has the scheme '{scheme}://'; expected postgres:// or postgresql://.";

    private static NpgsqlConnectionStringBuilder FromUrl(string value, string parameter, Redactor? redactor)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
            throw new UsageException($"{parameter} is not a well-formed URL: expected postgres://user:password@host:5432/database.");

        var builder = new NpgsqlConnectionStringBuilder();
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var colon = uri.UserInfo.IndexOf(':');
            var user = colon < 0 ? uri.UserInfo : uri.UserInfo[..colon];
            builder.Username = Uri.UnescapeDataString(user);
            if (colon >= 0)
            {
                var password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
                redactor?.Add(password);
                builder.Password = password;
            }
        }

        builder.Host = uri.Host.Trim('[', ']');
        if (uri.IsDefaultPort || uri.Port <= 0)
            builder.Port = 5432;
        else if (uri.Port > 65535)
            throw new UsageException($"{parameter} has port {uri.Port}, outside 1-65535.");
        else
            builder.Port = uri.Port;

        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (path.Contains('/'))
            throw new UsageException($"{parameter} has a path with more than one segment; the path is the database name.");
        if (path.Length > 0) builder.Database = path;

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var val = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            if (key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) && !SslModes.Contains(val.ToLowerInvariant()))
                throw new UsageException($"{parameter} has sslmode={val}, which is not a valid SSL mode: use one of {string.Join(", ", SslModes)}.");
            try
            {
                builder[MapQueryKey(key)] = MapQueryValue(key, val);
            }
            catch (ArgumentException)
            {
                throw new UsageException($"{parameter} has the query option '{key}', which PostgreSQL's client does not know.");
            }
        }
        return builder;
    }

    private static readonly string[] SslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];

    private static string MapQueryKey(string key) => key.ToLowerInvariant() switch
    {
        "sslmode" => "SSL Mode",
        "connect_timeout" => "Timeout",
        "application_name" => "Application Name",
        "options" => "Options",
        "target_session_attrs" => "Target Session Attributes",
        "sslrootcert" => "Root Certificate",
        "sslcert" => "SSL Certificate",
        "sslkey" => "SSL Key",
        _ => key,
    };

    private static object MapQueryValue(string key, string value) => key.ToLowerInvariant() switch
    {
        "sslmode" => value.ToLowerInvariant() switch
        {
            "disable" => "Disable",
            "allow" => "Allow",
            "prefer" => "Prefer",
            "require" => "Require",
            "verify-ca" => "VerifyCA",
            "verify-full" => "VerifyFull",
            _ => value,
        },
        _ => value,
    };

    private static string KeywordProblem(ArgumentException ex)
    {
        // Npgsql's message names the keyword, never a value; keep only its first sentence.
        var msg = ex.Message;
        var cut = msg.IndexOfAny(['\n', '(']);
        return (cut > 0 ? msg[..cut] : msg).Trim().TrimEnd('.');
    }

    private static string DisplayOf(NpgsqlConnectionStringBuilder b)
    {
        var user = string.IsNullOrEmpty(b.Username) ? "" : Uri.EscapeDataString(b.Username) + "@";
        var host = b.Host ?? "";
        if (host.Contains(':') && !host.StartsWith('[')) host = $"[{host}]";
        return $"postgres://{user}{host}:{b.Port}/{Uri.EscapeDataString(b.Database ?? "")}";
    }
}
