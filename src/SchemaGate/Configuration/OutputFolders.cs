using System.Globalization;
using SchemaGate.Impact;

namespace SchemaGate.Configuration;

/// <summary>
/// The folders a run writes to (the report folder, the backup folder), checked before anything starts: a folder, or
/// creatable as one; writable; and for backups, room for one. A problem is one sentence naming the parameter and the
/// folder; the run then ends with exit 2, nothing changed.
/// </summary>
public static class OutputFolders
{
    /// <summary>How much of production's database size a custom-format dump is taken to need (it leaves indexes out and compresses).</summary>
    public const double DumpShareOfDatabase = 1.0 / 3;

    /// <summary>
    /// Null when <paramref name="path"/> is a writable folder (created when missing, unless <paramref name="create"/> is
    /// false: then the nearest folder that exists above it must be writable, and nothing is made), else what is wrong.
    /// </summary>
    public static string? Problem(string path, string parameter, string shown, bool create = true)
    {
        if (File.Exists(path)) return $"{parameter} {shown} is a file, not a folder.";
        if (!create)
        {
            var existing = Path.GetFullPath(path);
            while (!Directory.Exists(existing))
            {
                if (File.Exists(existing)) return $"{parameter} {shown} cannot be created: {existing} is a file.";
                existing = Path.GetDirectoryName(existing) ?? "";
                if (existing.Length == 0) return $"{parameter} {shown} cannot be created: no folder above it exists.";
            }
            path = existing;
        }
        try
        {
            Directory.CreateDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{parameter} {shown} cannot be created: {e.Message}";
        }
        var probe = Path.Combine(path, $".schemagate-write-check-{Environment.ProcessId}");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{parameter} {shown} is not writable: {e.Message}";
        }
    }

    /// <summary>Null when the folder's disk has room for a backup of a database of <paramref name="databaseBytes"/>, else the sentence.</summary>
    public static string? SpaceProblem(string path, string parameter, string shown, long databaseBytes)
    {
        long free;
        try
        {
            free = new DriveInfo(Path.GetFullPath(path)).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null; // the size is unknown here; the backup itself detects a full disk
        }
        var needed = (long)(databaseBytes * DumpShareOfDatabase);
        return free >= needed ? null
            : $"{parameter} {shown} has {ImpactText.Size(free)} free, but a backup of production ({ImpactText.Size(databaseBytes)}) needs about " +
              $"{ImpactText.Size(needed)} ({(DumpShareOfDatabase * 100).ToString("0", CultureInfo.InvariantCulture)}% of its size): free some space or point {parameter} elsewhere.";
    }
}
