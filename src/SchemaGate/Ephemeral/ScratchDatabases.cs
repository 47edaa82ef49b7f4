using System.Collections.Concurrent;
using System.Text;
using Npgsql;
using SchemaGate.Connections;

namespace SchemaGate.Ephemeral;

/// <summary>Creates uniquely named databases on a server and drops them all (WITH (FORCE)) at the end.</summary>
internal sealed class ScratchDatabases(DatabaseUrl admin, string prefix)
{
    private readonly ConcurrentDictionary<string, DatabaseUrl> _made = new(StringComparer.Ordinal);
    private int _counter;

    public DatabaseUrl Admin { get; } = admin;

    public async Task<DatabaseUrl> CreateAsync(string purpose, string? comment, CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _counter);
        var name = $"{prefix}{Sanitize(purpose)}_{n}_{Guid.NewGuid().ToString("N")[..6]}";
        await using (var conn = await Sessions.OpenScratchAsync(Admin, ct).ConfigureAwait(false))
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(name)}", conn);
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            _made[name] = Admin.WithDatabase(name);
            if (comment is not null)
            {
                await using var c = new NpgsqlCommand($"COMMENT ON DATABASE {Quote(name)} IS {Literal(comment)}", conn);
                await c.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }
        return _made[name];
    }

    public async Task DropAsync(string name, CancellationToken ct)
    {
        if (!_made.TryRemove(name, out var url)) return;
        await DropByNameAsync(Admin, name, ct).ConfigureAwait(false);
        ClearPool(url);
    }

    public async Task DropAllAsync(CancellationToken ct)
    {
        foreach (var name in _made.Keys.ToArray())
        {
            try { await DropAsync(name, ct).ConfigureAwait(false); }
            catch (NpgsqlException) { /* the server is going away; nothing more we can do */ }
        }
    }

    public IReadOnlyCollection<DatabaseUrl> Made => _made.Values.ToArray();

    internal static async Task DropByNameAsync(DatabaseUrl admin, string name, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenScratchAsync(admin, ct).ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)", conn);
        await drop.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    internal static void ClearPool(DatabaseUrl url)
    {
        using var conn = new NpgsqlConnection(url.ConnectionString);
        NpgsqlConnection.ClearPool(conn);
    }

    private static string Sanitize(string purpose)
    {
        var sb = new StringBuilder();
        foreach (var c in purpose.ToLowerInvariant())
        {
            if (sb.Length >= 24) break;
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }
        return sb.Length == 0 ? "db" : sb.ToString();
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
    internal static string Literal(string text) => "'" + text.Replace("'", "''") + "'";
}
