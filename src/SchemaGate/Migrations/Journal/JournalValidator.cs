using System.Numerics;
using SchemaGate.Findings;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Migrations.Journal;

/// <summary>
/// Compares production's journal with the migration files: pending (SG120), applied but missing (SG121),
/// edited after apply (SG122), out of order (SG123) and rows named by another tool (SG124).
/// </summary>
public static class JournalValidator
{
    public static IReadOnlyList<Finding> Validate(IReadOnlyList<MigrationScript> scripts, IReadOnlyList<JournalEntry> journal) =>
        Match(scripts, journal).Findings;

    /// <summary>Validates and also returns which files the journal lists (in journal order) and which are pending (in version order).</summary>
    public static JournalMatch Match(IReadOnlyList<MigrationScript> scripts, IReadOnlyList<JournalEntry> journal)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        ArgumentNullException.ThrowIfNull(journal);
        var findings = new List<Finding>();
        var applied = new List<MigrationScript>();
        var recorded = new HashSet<MigrationScript>();

        // The first script of each file name, as the lookup by name always found it (long histories: rows × files).
        var byFileName = new Dictionary<string, MigrationScript>(StringComparer.Ordinal);
        foreach (var s in scripts) byFileName.TryAdd(s.FileName, s);
        foreach (var entry in journal)
        {
            var script = byFileName.GetValueOrDefault(entry.FileName)
                         ?? scripts.FirstOrDefault(s => entry.Records(s.FileName));
            var row = RowName(entry);
            if (script is null)
            {
                findings.Add(JournalRules.MissingFile.Report(
                    $"Production's journal records '{entry.ScriptName}' (applied {entry.Applied:yyyy-MM-dd HH:mm:ss}) but no migration file has that name.",
                    obj: row));
                continue;
            }
            if (!string.Equals(entry.ScriptName, script.FileName, StringComparison.Ordinal))
                findings.Add(JournalRules.ForeignName.Report(
                    $"Journal row '{entry.ScriptName}' is another tool's name for {script.FileName}; matched by suffix and adopted as that file.",
                    script.RelativePath, obj: row));
            if (entry.Checksum is not null && !string.Equals(entry.Checksum, script.Checksum, StringComparison.OrdinalIgnoreCase))
                findings.Add(JournalRules.EditedAfterApply.Report(
                    $"{script.RelativePath} was edited after production applied it: recorded checksum {Short(entry.Checksum)}, file checksum {Short(script.Checksum)}.",
                    script.RelativePath, obj: row));
            if (recorded.Add(script)) applied.Add(script);
        }

        var unchecked_ = journal.Where(e => e.Checksum is null).ToList();
        if (unchecked_.Count > 0)
            findings.Add(JournalRules.JournalWithoutChecksum.Report(
                $"{unchecked_.Count} of production's {journal.Count} journal row(s) have no checksum ({string.Join(", ", unchecked_.Take(5).Select(e => e.ScriptName))}" +
                $"{(unchecked_.Count > 5 ? ", ..." : "")}): an edit to those scripts after they were applied cannot be detected.",
                obj: "journal"));

        var highest = HighestAppliedVersion(applied, journal);
        var pending = new List<MigrationScript>();
        foreach (var script in scripts.OrderBy(s => s.Version))
        {
            if (recorded.Contains(script)) continue;
            pending.Add(script);
            if (highest is { } h && script.Version < h)
                findings.Add(JournalRules.OutOfOrder.Report(
                    $"{script.RelativePath} (version {script.Version}) is pending but production has already applied version {h}; it would run after newer scripts.",
                    script.RelativePath));
            else
                findings.Add(JournalRules.Pending.Report($"{script.RelativePath} will be applied by this deployment.", script.RelativePath));
        }

        var inVersionOrder = applied.Zip(applied.Skip(1)).All(p => p.First.Version < p.Second.Version);
        return new JournalMatch(findings, applied, pending, inVersionOrder);
    }

    /// <summary>How a journal row is named in findings: <c>journal row 7 '0003_x.sql'</c>.</summary>
    public static string RowName(JournalEntry entry) => $"journal row {entry.Id} '{entry.ScriptName}'";

    private static BigInteger? HighestAppliedVersion(List<MigrationScript> applied, IReadOnlyList<JournalEntry> journal)
    {
        // Rows whose file is gone still tell which versions production has run.
        var versions = applied.Select(s => s.Version)
            .Concat(journal.Select(e => VersionOf(e.FileName)).OfType<BigInteger>());
        return versions.Any() ? versions.Max() : null;
    }

    private static BigInteger? VersionOf(string name)
    {
        // A plain name, or the tail of a dotted resource name (DbUp: Namespace.Scripts.0001_x.sql).
        for (var start = 0; start >= 0 && start < name.Length; start = name.IndexOf('.', start) is var dot and >= 0 ? dot + 1 : -1)
        {
            if (MigrationFileName.TryParse(name[start..]) is { IsDown: false } parsed) return parsed.Version;
        }
        return null;
    }

    private static string Short(string checksum) => checksum.Length > 12 ? checksum[..12] + "…" : checksum;
}

/// <summary>
/// The outcome of matching journal and files: the findings, the files production has applied (journal order),
/// the pending files (version order), and whether the journal order is also version order.
/// </summary>
public sealed record JournalMatch(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<MigrationScript> Applied,
    IReadOnlyList<MigrationScript> Pending,
    bool AppliedInVersionOrder);
