using SchemaGate.Diff;

namespace SchemaGate.Production;

/// <summary>A verified backup: the file, its size, what the verification compared, and which old backups were pruned.</summary>
public sealed record BackupResult(
    string File,
    long SizeBytes,
    bool Verified,
    int TocEntries,
    int ObjectsCompared,
    IReadOnlyList<SchemaChange> Differences,
    IReadOnlyList<string> Pruned,
    IReadOnlyList<string> Notes,
    string ToolVersion,
    TimeSpan Duration);
