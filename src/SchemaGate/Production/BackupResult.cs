namespace SchemaGate.Production;

/// <summary>A verified backup (its restore matched production's schema): the file, its size, what was compared, and which old backups were pruned.</summary>
public sealed record BackupResult(
    string File,
    long SizeBytes,
    bool Verified,
    int TocEntries,
    int ObjectsCompared,
    IReadOnlyList<string> Pruned,
    IReadOnlyList<string> Notes,
    string ToolVersion,
    TimeSpan Duration);
