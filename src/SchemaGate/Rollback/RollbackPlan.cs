using System.Globalization;
using System.Numerics;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Rollback;

/// <summary>
/// What <c>Rollback --to N</c> would do, decided from production's journal and the files before anything runs:
/// the applied scripts with a version above N, newest applied first, each with its down script. When any of
/// them cannot be undone safely the plan carries the reasons instead (<see cref="Refusals"/>) and nothing runs.
/// </summary>
public sealed record RollbackPlan(BigInteger Target, BigInteger? Newest, IReadOnlyList<RollbackStep> Steps, IReadOnlyList<string> Refusals)
{
    public bool Refused => Refusals.Count > 0;

    public static RollbackPlan Create(IReadOnlyList<JournalEntry> journal, MigrationSet migrations, BigInteger target)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(migrations);
        var refusals = new List<string>();
        var applied = new List<(JournalEntry Entry, BigInteger Version)>();
        foreach (var entry in journal)
        {
            if (MigrationFileName.TryParse(entry.FileName) is { IsDown: false } name) applied.Add((entry, name.Version));
            else refusals.Add($"journal row {entry.Id} ('{entry.ScriptName}') has no <version>_<description>.sql name, so it cannot be placed before or after version {target}");
        }
        if (applied.Count == 0)
            return new RollbackPlan(target, null, [], [.. refusals, "production's journal records no applied migration: there is nothing to roll back"]);

        var newest = applied.Max(a => a.Version);
        if (target > newest)
            refusals.Add($"--to {target} is above the newest applied version {newest}: a rollback only goes back");
        else if (!applied.Any(a => a.Version == target))
            refusals.Add($"--to {target} is not an applied version; applied versions are {Versions(applied.Select(a => a.Version))}");

        var steps = new List<RollbackStep>();
        foreach (var (entry, version) in applied.Where(a => a.Version > target).OrderByDescending(a => a.Entry.Id))
        {
            var script = migrations.Scripts.FirstOrDefault(s => entry.Records(s.FileName));
            if (script is null)
            {
                refusals.Add($"{entry.FileName} (version {version}) is applied but its file is not in the migrations folder");
                continue;
            }
            if (script.Down is null)
                refusals.Add($"{script.RelativePath} has no down script (expected {DownPath(script)})");
            else if (entry.Checksum is not null && !string.Equals(entry.Checksum, script.Checksum, StringComparison.OrdinalIgnoreCase))
                refusals.Add($"{script.RelativePath} was edited after it was applied (its checksum differs from the journal's), " +
                             $"so {script.Down.RelativePath} may not undo what production has");
            else if (entry.DownChecksum is not null && !string.Equals(entry.DownChecksum, script.Down.Checksum, StringComparison.OrdinalIgnoreCase))
                refusals.Add($"{script.Down.RelativePath} was edited after {script.FileName} was applied (its checksum differs from the one the journal " +
                             "recorded then): the down script that would run is not the one reviewed with the change");
            else
                steps.Add(new RollbackStep(entry, script, version));
        }
        return new RollbackPlan(target, newest, refusals.Count == 0 ? steps : [], refusals);
    }

    private static string DownPath(MigrationScript script) =>
        script.RelativePath[..^".sql".Length] + ".down.sql";

    private static string Versions(IEnumerable<BigInteger> versions) =>
        string.Join(", ", versions.Distinct().Order().Select(v => v.ToString(CultureInfo.InvariantCulture)));
}
