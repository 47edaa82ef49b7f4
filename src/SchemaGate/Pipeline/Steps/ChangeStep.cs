using Npgsql;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Judgement;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Pipeline.Steps;

/// <summary>
/// Decides which scripts are the change: with a production URL, those its journal lacks (read over a read-only session);
/// without one, those added or changed against the base branch (<see cref="GitChanges"/>); without either, all of them.
/// Findings about what other scripts do are history; tables they created exist before the change.
/// </summary>
public sealed class ChangeStep(GateSettings settings)
{
    public async Task<StepOutcome<ChangeSet>> RunAsync(MigrationSet set, DatabaseUrl? production, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(set);
        var notChecked = new List<string>();
        if (production is not null)
        {
            try
            {
                await using var conn = await Sessions.OpenAsync(production, settings.Session.ReadOnly(DatabaseRole.Production), ct).ConfigureAwait(false);
                var journal = await new MigrationJournal(settings.Runner.Journal).ReadAsync(conn, ct).ConfigureAwait(false);
                var pending = JournalValidator.Match(set.Scripts, journal).Pending.Select(s => s.RelativePath);
                return new StepOutcome<ChangeSet> { Result = ChangeSet.Of(pending, "pending in production") };
            }
            catch (Exception ex) when (ex is InfrastructureException or PostgresException && !ct.IsCancellationRequested)
            {
                notChecked.Add($"the change could not be taken from production's journal ({ex.Message.TrimEnd('.')}); it was taken from git instead");
            }
        }
        var git = await GitChanges.ReadAsync(settings.RepositoryRoot, settings.MigrationsPath, settings.BaseRef, settings.Environment, ct).ConfigureAwait(false);
        var change = git is null
            ? ChangeSet.Everything("no production URL and no base branch to compare with")
            : ChangeSet.Of(git.Files, $"added or changed against {git.BaseRef}");
        return new StepOutcome<ChangeSet> { Result = change, NotChecked = notChecked };
    }
}
