namespace SchemaGate.Migrations.Journal;

/// <summary>
/// One row of the journal: a script that was applied, when, and (when SchemaGate applied it) its checksum and the
/// checksum its down script had then (<see cref="DownChecksum"/>; null without a down script, or for older rows).
/// </summary>
public sealed record JournalEntry(int Id, string ScriptName, DateTime Applied, string? Checksum)
{
    public string? DownChecksum { get; init; }

    /// <summary>The file name part of the script name (DbUp stores embedded scripts as Namespace.Folder.0001_x.sql).</summary>
    public string FileName
    {
        get
        {
            var name = ScriptName.Replace('\\', '/');
            var slash = name.LastIndexOf('/');
            return slash >= 0 ? name[(slash + 1)..] : name;
        }
    }

    /// <summary>True when this row records <paramref name="fileName"/>, under its own name or DbUp's dotted resource name.</summary>
    public bool Records(string fileName) =>
        string.Equals(FileName, fileName, StringComparison.Ordinal) ||
        ScriptName.EndsWith("." + fileName, StringComparison.Ordinal);
}
