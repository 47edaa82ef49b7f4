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
    /// <summary>Set when a production step failed unexpectedly or was interrupted: what stopped it and what production has now.</summary>
    public DeployFault? Fault { get; init; }
}

/// <summary>
/// A production step that stopped half way (connection lost, server shut down, cancelled): the target, the cause in
/// words, and the scripts production's journal records now, read back after the fault; null when it could not be read,
/// then <see cref="Unavailable"/> says why and <see cref="Query"/> is what to run to find out.
/// </summary>
public sealed record DeployFault(string Target, string Cause, IReadOnlyList<string>? ProductionHas, string? Unavailable, string Query)
{
    /// <summary>One sentence for the console and report.md.</summary>
    public string Describe() => ProductionHas is { } has
        ? $"{Target} stopped: {Cause}. Production's journal, read back after the fault, records {(has.Count == 0 ? "no script" : string.Join(", ", has))}."
        : $"{Target} stopped: {Cause}. Which scripts production has is unknown ({Unavailable}): check the journal with {Query}";
}

/// <summary>How MigrateProduction ended; report.json spells it <c>not-run</c>, <c>applied</c>, <c>failed</c>, <c>journal-moved</c>, <c>interrupted</c>.</summary>
public enum MigrateStatus
{
    NotRun,
    Applied,
    Failed,
    JournalMoved,
    Interrupted,
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
