using System.Data;
using Npgsql;
using SchemaGate.Failures;

namespace SchemaGate.Catalog;

/// <summary>
/// Introspects a database into a <see cref="SchemaSnapshot"/>: every embedded catalog query runs in one
/// <see cref="NpgsqlBatch"/> inside a read-only repeatable-read transaction, so the picture is consistent and
/// a read-only session with a role that can only read the catalogs is enough.
/// </summary>
public sealed class SnapshotReader
{
    private const int FixedColumns = 4; // kind, schema, parent, identity

    // Read-only whatever the session says; enough sort memory that ordering 100,000 columns stays off disk.
    private const string SessionSettings = "SET TRANSACTION READ ONLY; SET LOCAL work_mem = '64MB'";

    private readonly IReadOnlyList<(string Name, string Sql)> _queries = CatalogQueries.Load();

    public async Task<SchemaSnapshot> ReadAsync(NpgsqlConnection conn, SnapshotOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conn);
        ArgumentNullException.ThrowIfNull(options);
        if (conn.State != ConnectionState.Open) await conn.OpenAsync(ct);

        var journal = JournalIdentity(options.JournalTable);
        var objects = new List<SchemaObject>(1024);
        try
        {
            await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            await using (var setReadOnly = new NpgsqlCommand(SessionSettings, conn, tx))
                await setReadOnly.ExecuteNonQueryAsync(ct);

            await using var batch = new NpgsqlBatch(conn, tx) { Timeout = options.CommandTimeoutSeconds };
            foreach (var (_, sql) in _queries) batch.BatchCommands.Add(new NpgsqlBatchCommand(sql));

            await using (var reader = await batch.ExecuteReaderAsync(ct))
            {
                do
                {
                    await ReadResultAsync(reader, objects, options.Filter, journal, ct);
                } while (await reader.NextResultAsync(ct));
            }
            await tx.CommitAsync(ct);
        }
        catch (PostgresException ex)
        {
            throw new InfrastructureException(
                $"Reading the schema catalog failed: {ex.MessageText} (SQLSTATE {ex.SqlState}).", ex);
        }
        catch (NpgsqlException ex) when (ex.InnerException is not OperationCanceledException)
        {
            throw new InfrastructureException("Reading the schema catalog failed: the connection to the server broke.", ex);
        }

        return new SchemaSnapshot(conn.ServerVersion, conn.PostgreSqlVersion.Major, objects);
    }

    private static async Task ReadResultAsync(
        NpgsqlDataReader reader, List<SchemaObject> into, SnapshotFilter filter, string journal, CancellationToken ct)
    {
        var fieldCount = reader.FieldCount;
        if (fieldCount < FixedColumns) return;

        // Attribute columns, visited in name order so each row's pairs come out already sorted.
        var order = Enumerable.Range(FixedColumns, fieldCount - FixedColumns)
            .OrderBy(reader.GetName, StringComparer.Ordinal)
            .ToArray();
        var names = order.Select(reader.GetName).ToArray();
        var buffer = new KeyValuePair<string, string>[order.Length];
        ObjectKind? lastKind = null;
        string? lastKindText = null;

        while (await reader.ReadAsync(ct))
        {
            var kindText = reader.GetString(0);
            if (!string.Equals(kindText, lastKindText, StringComparison.Ordinal))
            {
                lastKind = Enum.Parse<ObjectKind>(kindText);
                lastKindText = kindText;
            }
            var kind = lastKind!.Value;
            var schema = reader.GetString(1);
            var parent = reader.IsDBNull(2) ? null : reader.GetString(2);
            var identity = reader.GetString(3);

            var count = 0;
            for (var i = 0; i < order.Length; i++)
            {
                var ordinal = order[i];
                if (reader.IsDBNull(ordinal)) continue;
                var raw = reader.GetString(ordinal);
                var value = kind is ObjectKind.View or ObjectKind.MaterializedView && names[i] == AttributeNames.Definition
                    ? TextNormalizer.NormalizeViewDefinition(raw)
                    : TextNormalizer.Normalize(raw);
                if (value.Length == 0) continue;
                buffer[count++] = new KeyValuePair<string, string>(names[i], value);
            }

            var obj = new SchemaObject(kind, identity, schema, parent, AttributeMap.FromSorted(buffer[..count]));
            if (identity == journal || parent == journal) continue;
            if (!filter.Keeps(obj)) continue;
            into.Add(obj);
        }
    }

    private static string JournalIdentity(string journalTable)
    {
        var name = journalTable.Replace("\"", "", StringComparison.Ordinal).Trim();
        return name.Contains('.') ? name : "public." + name;
    }
}
