namespace SchemaGate.Reporting;

/// <summary>The deploy section of the report: the backup, the scripts applied to production, and the verification.</summary>
public sealed record DeploySummary
{
    public BackupSummary? Backup { get; init; }
    /// <summary>"not-run", "applied", "failed" or "journal-moved".</summary>
    public string MigrateStatus { get; init; } = "not-run";
    public IReadOnlyList<string> ScriptsApplied { get; init; } = [];
    public string? FailedScript { get; init; }
    public string? FailureMessage { get; init; }
    public IReadOnlyList<string> NotAttempted { get; init; } = [];
    /// <summary>"not-run", "matches" or "differs".</summary>
    public string VerifyStatus { get; init; } = "not-run";
    public int VerifyDifferences { get; init; }
}

/// <summary>The backup file (name only, never a path with secrets), its size, and whether it was verified by a restore.</summary>
public sealed record BackupSummary(string File, long SizeBytes, bool Verified, IReadOnlyList<string> Pruned, string? Note);
