using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Migrations.Runner;

/// <summary>One script the runner applied.</summary>
public sealed record AppliedScript(MigrationScript Script, TimeSpan Duration, int Statements);

/// <summary>Where and why a script failed. Line and column are in the script file (1-based).</summary>
public sealed record MigrationFailure(
    MigrationScript Script,
    int Line,
    int Column,
    string ServerMessage,
    string? SqlState,
    string? Detail,
    string? Hint,
    bool PartiallyApplied)
{
    /// <summary>A one-paragraph message for findings and the console.</summary>
    public string Describe()
    {
        var text = $"{Script.RelativePath}:{Line}:{Column}: {ServerMessage}";
        if (SqlState is not null) text += $" (SQLSTATE {SqlState})";
        if (!string.IsNullOrWhiteSpace(Detail)) text += $". Detail: {Detail.TrimEnd('.')}";
        if (!string.IsNullOrWhiteSpace(Hint)) text += $". Hint: {Hint.TrimEnd('.')}";
        text += PartiallyApplied
            ? ". The script is marked no-transaction: the statements before this one were applied and stay; the script was not recorded."
            : ". The script's transaction was rolled back: nothing of it was applied or recorded.";
        return text;
    }
}

/// <summary>What a run did: the journal it found, the scripts it applied, and the first failure if any.</summary>
public sealed record MigrationResult(
    JournalSetup JournalSetup,
    IReadOnlyList<JournalEntry> JournalBefore,
    IReadOnlyList<AppliedScript> Applied,
    IReadOnlyList<MigrationScript> AlreadyApplied,
    MigrationFailure? Failure)
{
    /// <summary>Nothing applied, nothing found (a run that did not start).</summary>
    public static MigrationResult Empty { get; } = new(JournalSetup.Existing, [], [], [], null);

    public bool Succeeded => Failure is null;
    public int RowsWithoutChecksum => JournalBefore.Count(e => e.Checksum is null);
}
