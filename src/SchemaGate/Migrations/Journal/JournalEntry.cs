namespace SchemaGate.Migrations.Journal;

/// <summary>
/// One row of the journal: a script that was applied, when, and (when SchemaGate applied it) its checksum and the
/// checksum its down script had then (<see cref="DownChecksum"/>; null without a down script, or for older rows).
/// </summary>
public sealed record JournalEntry(int Id, string ScriptName, DateTime Applied, string? Checksum)
{
    public string? DownChecksum { get; init; }

    /// <summary>The file name part of the script name (DbUp stores embedded scripts as Namespace.Folder.0001_x.sql).</summary>
    public string FileName => FileNameOf(ScriptName);

    /// <summary>True when this row records <paramref name="fileName"/>, under its own name or DbUp's dotted resource name.</summary>
    public bool Records(string fileName) =>
        string.Equals(FileName, fileName, StringComparison.Ordinal) ||
        (ScriptName.Length > fileName.Length && ScriptName.EndsWith(fileName, StringComparison.Ordinal) && ScriptName[^(fileName.Length + 1)] == '.');

    /// <summary>
    /// Every file name some row <see cref="Records"/>: its own file name, and each suffix after a dot of its script name.
    /// One set answers "is this file applied?" for a whole run, where asking each row would be rows × files.
    /// </summary>
    public static HashSet<string> RecordedFileNames(IEnumerable<JournalEntry> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            names.Add(row.FileName);
            for (var dot = row.ScriptName.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = row.ScriptName.IndexOf('.', dot + 1))
                names.Add(row.ScriptName[(dot + 1)..]);
        }
        return names;
    }

    private static string FileNameOf(string scriptName)
    {
        var name = scriptName.Replace('\\', '/');
        var slash = name.LastIndexOf('/');
        return slash >= 0 ? name[(slash + 1)..] : name;
    }
}
