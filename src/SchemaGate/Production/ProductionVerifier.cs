using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;

namespace SchemaGate.Production;

/// <summary>
/// VerifyProduction's engine: snapshots production (on the deploy session) and compares it with the expected state,
/// the ephemeral database after production's history plus every pending script. Any change is a failed deploy.
/// </summary>
public sealed class ProductionVerifier(DeployOptions options)
{
    public async Task<(SchemaSnapshot Actual, IReadOnlyList<SchemaChange> Differences)> VerifyAsync(
        DatabaseUrl production, SchemaSnapshot expected, CancellationToken ct)
    {
        await using var conn = await Sessions.OpenAsync(production, options.Session.Writable(purpose: "to verify the deploy"), ct).ConfigureAwait(false);
        var actual = await new SnapshotReader().ReadAsync(conn, options.Snapshot, ct).ConfigureAwait(false);
        return (actual, SchemaDiff.Compare(expected, actual, options.Diff));
    }
}
