using SchemaGate.Connections;

namespace SchemaGate.Pipeline.Steps;

/// <summary>Production's major version, read before the ephemeral server starts (<c>--pg-major auto</c>); null when production cannot be reached now (DiffAgainstProd says why later).</summary>
internal static class ProductionMajor
{
    public static async Task<int?> ReadAsync(DatabaseUrl production, SessionDefaults session, CancellationToken ct)
    {
        try
        {
            await using var conn = await Sessions.OpenAsync(production, session.ReadOnly(DatabaseRole.Production), ct).ConfigureAwait(false);
            return (await Sessions.ServerVersionAsync(conn, ct).ConfigureAwait(false)).Major;
        }
        catch (Exception ex) when (ex is Failures.InfrastructureException or Npgsql.NpgsqlException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
