namespace SchemaGate.Reporting;

/// <summary>The deploy section of the report: the backup, the scripts applied to production, and the verification.</summary>
public sealed record DeploySummary
{
    public BackupSummary? Backup { get; init; }
    public MigrateStatus MigrateStatus { get; init; } = MigrateStatus.NotRun;
    public IReadOnlyList<string> ScriptsApplied { get; init; } = [];
    public string? FailedScript { get; init; }
    public string? FailureMessage { get; init; }
    public IReadOnlyList<string> NotAttempted { get; init; } = [];
    public VerifyStatus VerifyStatus { get; init; } = VerifyStatus.NotRun;
    public int VerifyDifferences { get; init; }
}

/// <summary>How MigrateProduction ended; report.json spells it <c>not-run</c>, <c>applied</c>, <c>failed</c>, <c>journal-moved</c>.</summary>
public enum MigrateStatus
{
    NotRun,
    Applied,
    Failed,
    JournalMoved,
}

/// <summary>How VerifyProduction ended; report.json spells it <c>not-run</c>, <c>matches</c>, <c>differs</c>.</summary>
public enum VerifyStatus
{
    NotRun,
    Matches,
    Differs,
}

/// <summary>The backup file (name only, never a path with secrets), its size, and whether it was verified by a restore.</summary>
public sealed record BackupSummary(string File, long SizeBytes, bool Verified, IReadOnlyList<string> Pruned, string? Note);
