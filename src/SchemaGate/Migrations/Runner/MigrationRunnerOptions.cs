using SchemaGate.Migrations.Journal;

namespace SchemaGate.Migrations.Runner;

/// <summary>How the runner behaves. The defaults are safe for production: short lock waits, bounded statements.</summary>
public sealed record MigrationRunnerOptions
{
    public JournalOptions Journal { get; init; } = new();

    /// <summary>How long one statement may wait for a lock before it fails (<c>--lock-timeout</c>).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one statement may run (<c>--statement-timeout</c>).</summary>
    public TimeSpan StatementTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long to wait for another migrator to release the advisory lock (<c>--lock-wait</c>).</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Called around every statement (the traced analysis hooks in here).</summary>
    public IStatementObserver? Observer { get; init; }
}
