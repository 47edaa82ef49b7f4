using System.Globalization;
using System.Net.Sockets;
using Npgsql;
using SchemaGate.Failures;

namespace SchemaGate.Connections;

/// <summary>
/// The one place SchemaGate opens database sessions. Every session is unpooled and named; production and development
/// sessions get a bounded connect time, a read-only flag for checks (<c>default_transaction_read_only=on</c> for the
/// whole session), and their timeouts; a failure becomes an <see cref="InfrastructureException"/> in plain words that
/// name the server by <see cref="DatabaseUrl.Display"/> only. Scratch sessions on the ephemeral server have no client
/// command timeout (<c>statement_timeout</c> bounds migrations there).
/// </summary>
public static class Sessions
{
    /// <summary>Read-only checks of production and development (drift, impact, seeds plan, snapshots, config).</summary>
    public const string CheckApplicationName = "schemagate-drift";

    /// <summary>The writable deploy session (migrations, backup's version read, verification).</summary>
    public const string DeployApplicationName = "schemagate-deploy";

    /// <summary>A read-only session on production or development.</summary>
    public static SessionOptions ReadOnly(DatabaseRole role, TimeSpan connectTimeout) => new()
    {
        Role = role,
        ApplicationName = CheckApplicationName,
        ReadOnly = true,
        ConnectTimeout = connectTimeout,
    };

    /// <summary>A writable production session (deploy, seeds, Baseline, Rollback), named <paramref name="applicationName"/>.</summary>
    public static SessionOptions Writable(TimeSpan connectTimeout, string applicationName = DeployApplicationName, string? purpose = null) => new()
    {
        Role = DatabaseRole.Production,
        ApplicationName = applicationName,
        ConnectTimeout = connectTimeout,
        Purpose = purpose,
    };

    /// <summary>The connection settings a session uses: the given URL plus the options.</summary>
    public static DatabaseUrl Settings(DatabaseUrl url, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        return url.With(b =>
        {
            var startup = new List<string>();
            if (options.ReadOnly) startup.Add("-c default_transaction_read_only=on");
            if (options.LockTimeout is { } lockTimeout) startup.Add($"-c lock_timeout={Milliseconds(lockTimeout)}");
            if (options.StatementTimeout is { } statementTimeout) startup.Add($"-c statement_timeout={Milliseconds(statementTimeout)}");
            if (startup.Count > 0) b.Options = string.Join(' ', new[] { b.Options }.Concat(startup).Where(o => !string.IsNullOrWhiteSpace(o)));
            b.Timeout = Math.Max(1, (int)Math.Ceiling(options.ConnectTimeout.TotalSeconds));
            b.ApplicationName = options.ApplicationName;
            b.Pooling = false;
            b.CommandTimeout = 0;
        });
    }

    public static async Task<NpgsqlConnection> OpenAsync(DatabaseUrl url, SessionOptions options, CancellationToken ct)
    {
        var settings = Settings(url, options);
        var conn = new NpgsqlConnection(settings.ConnectionString);
        try
        {
            await conn.OpenAsync(ct).ConfigureAwait(false);
            if (options.Waits is { } waits)
            {
                var monitor = LockWaitMonitor.Start(settings, conn.ProcessID, options.Role.ToString().ToLowerInvariant(), waits);
                conn.StateChange += (_, e) =>
                {
                    if (e.CurrentState == System.Data.ConnectionState.Closed) _ = monitor.DisposeAsync().AsTask();
                };
            }
            return conn;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or SocketException && !ct.IsCancellationRequested)
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            var role = options.Role.ToString().ToLowerInvariant();
            var why = options.Purpose is null ? "" : " " + options.Purpose;
            throw new InfrastructureException($"Cannot connect to {role} {url.Display}{why}: {ConnectionFailure.Describe(ex, url, options.ConnectTimeout)}.", ex);
        }
        catch
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A session on a database of the ephemeral server: unpooled, no client command timeout.</summary>
    public static async Task<NpgsqlConnection> OpenScratchAsync(DatabaseUrl url, CancellationToken ct, string? applicationName = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var conn = new NpgsqlConnection(url.With(b =>
        {
            b.Pooling = false;
            b.CommandTimeout = 0;
            if (applicationName is not null) b.ApplicationName = applicationName;
        }).ConnectionString);
        try
        {
            await conn.OpenAsync(ct).ConfigureAwait(false);
            return conn;
        }
        catch
        {
            await conn.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>True when the session reports <c>default_transaction_read_only = on</c>.</summary>
    public static async Task<bool> IsReadOnlyAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("show default_transaction_read_only", conn);
        return string.Equals((string?)await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false), "on", StringComparison.Ordinal);
    }

    /// <summary>The server's major version (<c>server_version_num / 10000</c>) and its full version string.</summary>
    public static async Task<(int Major, string Version)> ServerVersionAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select current_setting('server_version_num')::int, current_setting('server_version')", conn);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        return (r.GetInt32(0) / 10000, r.GetString(1));
    }

    /// <summary>A timeout as PostgreSQL reads it: whole milliseconds (<c>5000ms</c>).</summary>
    public static string Milliseconds(TimeSpan t) => ((long)t.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
}
