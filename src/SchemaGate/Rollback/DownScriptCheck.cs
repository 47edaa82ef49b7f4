using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Ephemeral;
using SchemaGate.Findings;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rollback;

/// <summary>
/// CheckDownScripts' engine. On one scratch database of the ephemeral server it walks the scripts in version
/// order; for each script with a down script: snapshot, up, down (with its journal row, as Rollback does),
/// snapshot — which must equal the first (SG114) — then up again, which must succeed (SG115). A down script
/// PostgreSQL rejects is SG113. Cost per down script: two extra script runs and two snapshots. After a finding
/// that leaves the database in doubt, the database is rebuilt from scratch before the walk goes on.
/// </summary>
public sealed class DownScriptCheck(IEphemeralServer server, MigrationRunnerOptions runner, SnapshotOptions snapshot, DiffOptions diff)
{
    private const int MaxListedChanges = 8;
    private readonly SnapshotReader _reader = new();

    public async Task<DownCheckResult> RunAsync(IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        var withDown = ordered.Where(s => s.Down is not null).ToList();
        var findings = new List<Finding>();
        var passed = new List<MigrationScript>();
        if (withDown.Count == 0) return new DownCheckResult(findings, passed, 0, null);

        var migrator = new MigrationRunner(runner);
        var database = await server.CreateDatabaseAsync("downs", ct).ConfigureAwait(false);
        NpgsqlConnection? conn = null;
        try
        {
            // One session for the whole walk (reopened only when the database is rebuilt).
            conn = await Sessions.OpenScratchAsync(database, ct).ConfigureAwait(false);
            foreach (var script in withDown)
            {
                var earlier = ordered.Where(s => s.Version < script.Version).ToList();
                var setup = await migrator.ApplyAsync(conn, earlier, ct).ConfigureAwait(false);
                if (setup.Failure is { } f1) return Stopped(findings, passed, withDown, $"{f1.Script.RelativePath} failed to apply, so later down scripts were not checked");

                var before = await _reader.ReadAsync(conn, snapshot, ct).ConfigureAwait(false);
                var up = await migrator.ApplyAsync(conn, [script], ct).ConfigureAwait(false);
                if (up.Failure is { } f2) return Stopped(findings, passed, withDown, $"{f2.Script.RelativePath} failed to apply, so its down script and later ones were not checked");

                if (await RunDownAsync(conn, script, ct).ConfigureAwait(false) is { } downFailure)
                {
                    // The down script's transaction was rolled back: the database is as after up, and the walk goes on.
                    findings.Add(DownScriptRules.DownScriptFailed.Report(
                        $"Right after {script.RelativePath}, its down script failed: {downFailure.Describe()}",
                        downFailure.Script.RelativePath, downFailure.Line, downFailure.Column));
                    continue;
                }

                var after = await _reader.ReadAsync(conn, snapshot, ct).ConfigureAwait(false);
                var changes = SchemaDiff.Compare(before, after, diff);
                if (changes.Count > 0)
                {
                    findings.Add(DownScriptRules.DownScriptIncomplete.Report(
                        $"After {script.RelativePath} and its down script, the schema differs from before {script.FileName} " +
                        $"({changes.Count} difference(s), before up -> after down): {List(changes)}.",
                        script.Down!.RelativePath, obj: changes[0].Identity));
                    (database, conn) = await RebuildAsync(database, conn, ct).ConfigureAwait(false);
                    continue;
                }

                var again = await migrator.ApplyAsync(conn, [script], ct).ConfigureAwait(false);
                if (again.Failure is { } f3)
                {
                    // Reported on the down script: it is what left something behind (the up script's position is in the message).
                    findings.Add(DownScriptRules.UpFailsAfterDown.Report(
                        $"After {script.Down!.FileName}, {script.FileName} fails when applied again: {f3.Describe()}",
                        script.Down.RelativePath, obj: $"{f3.Script.RelativePath}:{f3.Line}:{f3.Column}"));
                    (database, conn) = await RebuildAsync(database, conn, ct).ConfigureAwait(false);
                    continue;
                }
                passed.Add(script);
            }
            return new DownCheckResult(findings, passed, withDown.Count, null);
        }
        finally
        {
            if (conn is not null) await conn.DisposeAsync().ConfigureAwait(false);
            await server.DropDatabaseAsync(database, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static DownCheckResult Stopped(List<Finding> findings, List<MigrationScript> passed, List<MigrationScript> withDown, string why) =>
        new(findings, passed, withDown.Count, why);

    private async Task<MigrationFailure?> RunDownAsync(NpgsqlConnection conn, MigrationScript script, CancellationToken ct)
    {
        await SessionTimeouts.ApplyAsync(conn, runner, ct).ConfigureAwait(false);
        var journal = new MigrationJournal(runner.Journal);
        var rows = await journal.ReadAsync(conn, ct).ConfigureAwait(false);
        var entry = rows.Last(e => e.Records(script.FileName));
        return await DownScriptExecutor.RunAsync(conn, journal, script, entry, ct).ConfigureAwait(false);
    }

    /// <summary>After a finding the database is in doubt: a fresh one, filled again by the next step's setup.</summary>
    private async Task<(DatabaseUrl, NpgsqlConnection)> RebuildAsync(DatabaseUrl database, NpgsqlConnection conn, CancellationToken ct)
    {
        await conn.DisposeAsync().ConfigureAwait(false);
        await server.DropDatabaseAsync(database, ct).ConfigureAwait(false);
        var fresh = await server.CreateDatabaseAsync("downs", ct).ConfigureAwait(false);
        return (fresh, await Sessions.OpenScratchAsync(fresh, ct).ConfigureAwait(false));
    }

    private static string List(IReadOnlyList<SchemaChange> changes)
    {
        var listed = string.Join("; ", changes.Take(MaxListedChanges).Select(DriftFindings.Describe));
        return changes.Count > MaxListedChanges ? $"{listed}; and {changes.Count - MaxListedChanges} more" : listed;
    }
}
