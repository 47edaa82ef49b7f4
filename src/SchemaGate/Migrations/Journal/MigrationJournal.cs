using Npgsql;

namespace SchemaGate.Migrations.Journal;

/// <summary>
/// The DbUp-compatible journal table (schemaversionsid serial PK, scriptname varchar(255), applied timestamp)
/// plus the checksum column DbUp lacks. An existing DbUp table is adopted: the column is added, old rows keep a
/// null checksum.
/// </summary>
public sealed class MigrationJournal(JournalOptions options)
{
    public JournalOptions Options { get; } = options;

    /// <summary>True when the journal table exists in the database.</summary>
    public async Task<bool> ExistsAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select to_regclass(@name) is not null", conn);
        cmd.Parameters.AddWithValue("name", Options.QualifiedName);
        return (bool)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Creates the table when missing, adds the checksum column to a DbUp table. Returns what it did.</summary>
    public async Task<JournalSetup> EnsureAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        if (!await ExistsAsync(conn, ct).ConfigureAwait(false))
        {
            var create = $"""
                CREATE SCHEMA IF NOT EXISTS "{Options.Schema.Replace("\"", "\"\"")}";
                CREATE TABLE {Options.QualifiedName} (
                    schemaversionsid serial NOT NULL,
                    scriptname character varying(255) NOT NULL,
                    applied timestamp without time zone NOT NULL,
                    checksum character varying(64) NULL,
                    down_checksum character varying(64) NULL,
                    CONSTRAINT "PK_{Options.Table.Replace("\"", "\"\"")}_Id" PRIMARY KEY (schemaversionsid)
                )
                """;
            await using var batch = new NpgsqlBatch(conn);
            foreach (var part in create.Split(";\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                batch.BatchCommands.Add(new NpgsqlBatchCommand(part));
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return JournalSetup.Created;
        }
        var (hasChecksum, hasDownChecksum) = await ColumnsAsync(conn, ct).ConfigureAwait(false);
        if (!hasDownChecksum)
        {
            // Journals from before down checksums were recorded get the column; their rows keep null.
            await using var alter = new NpgsqlCommand(
                $"ALTER TABLE {Options.QualifiedName} ADD COLUMN IF NOT EXISTS checksum character varying(64) NULL, " +
                "ADD COLUMN IF NOT EXISTS down_checksum character varying(64) NULL", conn);
            await alter.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        return hasChecksum ? JournalSetup.Existing : JournalSetup.AdoptedFromDbUp;
    }

    /// <summary>Whether the table has the checksum column (DbUp's has not) and the down_checksum column (older SchemaGate journals have not).</summary>
    private async Task<(bool Checksum, bool DownChecksum)> ColumnsAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            select exists (select 1 from pg_attribute where attrelid = to_regclass(@name) and attname = 'checksum' and not attisdropped),
                   exists (select 1 from pg_attribute where attrelid = to_regclass(@name) and attname = 'down_checksum' and not attisdropped)
            """, conn);
        cmd.Parameters.AddWithValue("name", Options.QualifiedName);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        return (r.GetBoolean(0), r.GetBoolean(1));
    }

    /// <summary>The rows in application order. Works on a read-only connection; an absent table gives no rows.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        if (!await ExistsAsync(conn, ct).ConfigureAwait(false)) return [];
        var (hasChecksum, hasDownChecksum) = await ColumnsAsync(conn, ct).ConfigureAwait(false);
        var sql = $"select schemaversionsid, scriptname, applied, {(hasChecksum ? "checksum" : "null::varchar")}, " +
                  $"{(hasDownChecksum ? "down_checksum" : "null::varchar")} from {Options.QualifiedName} order by schemaversionsid";
        var rows = new List<JournalEntry>();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            rows.Add(new JournalEntry(r.GetInt32(0), r.GetString(1), r.GetDateTime(2), r.IsDBNull(3) ? null : r.GetString(3))
            {
                DownChecksum = r.IsDBNull(4) ? null : r.GetString(4),
            });
        return rows;
    }

    /// <summary>
    /// Records a script as applied, with its checksum and its down script's (so an edited down script is found before a
    /// rollback runs it), inside the caller's transaction when there is one.
    /// </summary>
    public async Task RecordAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string scriptName, string checksum, string? downChecksum, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            $"insert into {Options.QualifiedName} (scriptname, applied, checksum, down_checksum) values (@name, (now() at time zone 'utc'), @checksum, @down)", conn, tx);
        cmd.Parameters.AddWithValue("name", scriptName);
        cmd.Parameters.AddWithValue("checksum", checksum);
        cmd.Parameters.AddWithValue("down", (object?)downChecksum ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Deletes one row (a rolled-back script), inside the caller's transaction when there is one. Returns the rows deleted (0 or 1).</summary>
    public async Task<int> RemoveAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, JournalEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var cmd = new NpgsqlCommand($"delete from {Options.QualifiedName} where schemaversionsid = @id", conn, tx);
        cmd.Parameters.AddWithValue("id", entry.Id);
        return await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}

public enum JournalSetup
{
    Existing,
    Created,
    AdoptedFromDbUp,
}
