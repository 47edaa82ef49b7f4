using Npgsql;
using SchemaGate.Migrations.Journal;

namespace SchemaGate.Configuration;

/// <summary>What production holds, as far as deciding "first deployment / baseline / deployed before" goes.</summary>
public sealed record ProductionContents(int UserTables, bool JournalExists, int JournalRows)
{
    /// <summary>pg_database_size of production: what a backup may need on disk (a custom-format dump is usually smaller).</summary>
    public long DatabaseBytes { get; init; }

    /// <summary>No user tables and no journal rows: nothing was ever deployed here (or this is the wrong database).</summary>
    public bool IsEmpty => UserTables == 0 && JournalRows == 0;

    /// <summary>User tables but no journal rows: built without SchemaGate, needs a baseline.</summary>
    public bool NeedsBaseline => UserTables > 0 && JournalRows == 0;

    /// <summary>Counts user tables (outside system schemas, not owned by extensions, not the journal) and journal rows.</summary>
    public static async Task<ProductionContents> ReadAsync(NpgsqlConnection conn, JournalOptions journal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conn);
        ArgumentNullException.ThrowIfNull(journal);
        var table = new MigrationJournal(journal);
        var exists = await table.ExistsAsync(conn, ct).ConfigureAwait(false);
        var rows = exists ? (await table.ReadAsync(conn, ct).ConfigureAwait(false)).Count : 0;
        await using var cmd = new NpgsqlCommand("""
            select count(*)::int
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p')
              and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%'
              and c.oid is distinct from to_regclass(@journal)
              and not exists (select 1 from pg_depend d
                              where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
            """, conn);
        cmd.Parameters.AddWithValue("journal", journal.QualifiedName);
        var tables = (int)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        await using var size = new NpgsqlCommand("select pg_database_size(current_database())", conn);
        var bytes = (long)(await size.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        return new ProductionContents(tables, exists, rows) { DatabaseBytes = bytes };
    }
}
