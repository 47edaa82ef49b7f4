using SchemaGate.Connections;
using SchemaGate.Migrations.Journal;

namespace SchemaGate.Production;

/// <summary>
/// What production's journal says after a production step failed or was interrupted: read back over a fresh read-only
/// session (bounded by its own timeout, not by the cancelled run), or, when no connection can be had, the query a
/// person runs to find out.
/// </summary>
public sealed record JournalReadBack(IReadOnlyList<JournalEntry>? Rows, string? Unavailable, string Query)
{
    public static async Task<JournalReadBack> ReadAsync(DatabaseUrl production, JournalOptions journal, TimeSpan connectTimeout)
    {
        var query = $"SELECT scriptname, applied FROM {journal.QualifiedName} ORDER BY schemaversionsid;";
        using var bound = new CancellationTokenSource(connectTimeout + TimeSpan.FromSeconds(10));
        try
        {
            await using var conn = await Sessions.OpenAsync(production, Sessions.ReadOnly(DatabaseRole.Production, connectTimeout) with
            {
                StatementTimeout = TimeSpan.FromSeconds(10),
            }, bound.Token).ConfigureAwait(false);
            return new JournalReadBack(await new MigrationJournal(journal).ReadAsync(conn, bound.Token).ConfigureAwait(false), null, query);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new JournalReadBack(null, ex is Failures.SchemaGateException ? ex.Message.TrimEnd('.') : FaultCause.Describe(ex), query);
        }
    }
}
