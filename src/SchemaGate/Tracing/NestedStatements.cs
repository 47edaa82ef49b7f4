using Npgsql;
using NpgsqlTypes;
using SchemaGate.Connections;

namespace SchemaGate.Tracing;

/// <summary>
/// The statements PostgreSQL ran inside the traced session's statements: inside functions and procedures, DO blocks,
/// EXECUTE and triggers. The tracer turns <c>pg_stat_statements.track = all</c> on for its own session; after each
/// statement this reads, on a side connection to <see cref="StatementStats.Database"/>, the nested (not top-level)
/// entries of the traced database and user, then resets them, so each read holds exactly what the last statement ran.
/// The texts are as the server ran them, constants replaced by <c>$1</c>, <c>$2</c>..., which the static rules read
/// like any statement.
/// </summary>
public sealed class NestedStatements : IAsyncDisposable
{
    // The texts are read only when there are nested entries: with showtext the server reads its whole query-text file,
    // which grows with every distinct statement the server has seen until it is compacted (thousands of CREATE TABLEs
    // made each read take several milliseconds, most statements run nothing nested, and the count needs no text).
    private const string Take = """
        select query
          from pg_stat_statements((select count(*) > 0 from pg_stat_statements(false) n
                                    where n.dbid = $1 and n.userid = $2 and not n.toplevel))
         where dbid = $1 and userid = $2 and not toplevel
         order by queryid
        """;

    private const string Reset = "select pg_stat_statements_reset($2, $1, 0)";

    private readonly NpgsqlConnection _side;
    private readonly uint _database;
    private readonly uint _user;

    private NestedStatements(NpgsqlConnection side, uint database, uint user)
    {
        _side = side;
        _database = database;
        _user = user;
    }

    /// <summary>
    /// Turns tracking on for the traced session. Run before every script: inside the script's transaction the setting
    /// is undone with a rolled-back script.
    /// </summary>
    public static async Task EnableAsync(NpgsqlConnection traced, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(traced);
        await using var cmd = new NpgsqlCommand(
            "select set_config('pg_stat_statements.track', 'all', false), set_config('pg_stat_statements.track_utility', 'on', false)", traced);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Opens the side connection for the traced session's database and user; their entries start empty.</summary>
    public static async Task<NestedStatements> OpenAsync(DatabaseUrl statsDatabase, NpgsqlConnection traced, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(statsDatabase);
        ArgumentNullException.ThrowIfNull(traced);
        uint database, user;
        await using (var cmd = new NpgsqlCommand(
            "select (select oid from pg_database where datname = current_database()), (select oid from pg_roles where rolname = current_user)", traced))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await r.ReadAsync(ct).ConfigureAwait(false);
            database = r.GetFieldValue<uint>(0);
            user = r.GetFieldValue<uint>(1);
        }
        var side = await Sessions.OpenScratchAsync(statsDatabase, ct, "schemagate-trace").ConfigureAwait(false);
        try
        {
            var reader = new NestedStatements(side, database, user);
            await reader.TakeAsync(ct).ConfigureAwait(false);
            return reader;
        }
        catch
        {
            await side.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The nested statements since the last call (distinct texts), and forgets them.</summary>
    public async Task<IReadOnlyList<string>> TakeAsync(CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(_side);
        batch.BatchCommands.Add(Command(Take));
        batch.BatchCommands.Add(Command(Reset));
        var texts = new List<string>();
        await using (var r = await batch.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                if (!r.IsDBNull(0)) texts.Add(r.GetString(0));
            }
        }
        return texts;
    }

    private NpgsqlBatchCommand Command(string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Oid, Value = _database });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Oid, Value = _user });
        return command;
    }

    public ValueTask DisposeAsync() => _side.DisposeAsync();
}
