using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.Drift;
using SchemaGate.Ephemeral;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Connections;

namespace SchemaGate.Rollback;

/// <summary>
/// Before Rollback touches production, the plan is rehearsed on a scratch database of the ephemeral server:
/// production's journaled scripts up to N are applied (snapshot: the schema at N), then the later ones, then the
/// down scripts in the plan's order; the result must equal the schema at N. A down script that was edited so it
/// no longer undoes its up script, or that fails, is caught here and nothing is changed in production.
/// </summary>
public sealed class RollbackRehearsal(IEphemeralServer server, MigrationRunnerOptions runner, SnapshotOptions snapshot)
{
    private const int MaxListedChanges = 8;

    /// <returns>The reasons to refuse; empty when the rehearsal ended at exactly the schema of version N.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(RollbackPlan plan, IReadOnlyList<JournalEntry> journal, MigrationSet migrations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(migrations);
        var kept = new List<MigrationScript>();
        foreach (var entry in journal.Where(e => MigrationFileName.TryParse(e.FileName) is { } n && n.Version <= plan.Target))
        {
            var script = migrations.Scripts.FirstOrDefault(s => entry.Records(s.FileName));
            if (script is null) return [$"the rehearsal cannot rebuild version {plan.Target}: {entry.FileName} is applied but its file is not in the migrations folder"];
            kept.Add(script);
        }

        var database = await server.CreateDatabaseAsync("rehearsal", ct).ConfigureAwait(false);
        try
        {
            await using var conn = await Sessions.OpenScratchAsync(database, ct).ConfigureAwait(false);
            var reader = new SnapshotReader();
            var migrator = new MigrationRunner(runner);

            if (await ApplyEachAsync(migrator, conn, kept, ct).ConfigureAwait(false) is { } f1) return [Rebuild(f1)];
            var atTarget = await reader.ReadAsync(conn, snapshot, ct).ConfigureAwait(false);
            if (await ApplyEachAsync(migrator, conn, plan.Steps.Reverse().Select(s => s.Script).ToList(), ct).ConfigureAwait(false) is { } f2) return [Rebuild(f2)];

            var journalTable = new MigrationJournal(runner.Journal);
            var rows = await journalTable.ReadAsync(conn, ct).ConfigureAwait(false);
            foreach (var step in plan.Steps)
            {
                var entry = rows.Last(e => e.Records(step.Script.FileName));
                if (await DownScriptExecutor.RunAsync(conn, journalTable, step.Script, entry, ct).ConfigureAwait(false) is { } failure)
                    return [$"rehearsed on the ephemeral server, {failure.Describe()}"];
            }

            var changes = SchemaDiff.Compare(atTarget, await reader.ReadAsync(conn, snapshot, ct).ConfigureAwait(false), DiffOptions.Default);
            if (changes.Count == 0) return [];
            var listed = string.Join("; ", changes.Take(MaxListedChanges).Select(DriftFindings.Describe));
            var downs = string.Join(", ", plan.Steps.Select(s => s.Script.Down!.RelativePath));
            return [$"rehearsed on the ephemeral server, the down scripts ({downs}) do not restore the schema of version {plan.Target} " +
                    $"({changes.Count} difference(s), version {plan.Target} -> after the down scripts): {listed}" +
                    (changes.Count > MaxListedChanges ? $"; and {changes.Count - MaxListedChanges} more" : "") +
                    "; a down script was edited or is incomplete (CheckDownScripts in DeployCheck says which)"];
        }
        finally
        {
            await server.DropDatabaseAsync(database, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static string Rebuild(MigrationFailure failure) =>
        $"the rehearsal on the ephemeral server could not rebuild production's history: {failure.Describe()}";

    /// <summary>One runner call per script, so they run in the order given (journal order), as DiffAgainstProd replays them.</summary>
    private static async Task<MigrationFailure?> ApplyEachAsync(MigrationRunner migrator, NpgsqlConnection conn, IReadOnlyList<MigrationScript> scripts, CancellationToken ct)
    {
        foreach (var script in scripts)
        {
            var result = await migrator.ApplyAsync(conn, [script], ct).ConfigureAwait(false);
            if (result.Failure is not null) return result.Failure;
        }
        return null;
    }
}
