using SchemaGate.Connections;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Rollback;

/// <summary>How Rollback works on production: the runner's journal, lock wait and timeouts, and a connect timeout.</summary>
public sealed record RollbackOptions
{
    public const string ApplicationName = "schemagate-rollback";

    public MigrationRunnerOptions Runner { get; init; } = new();
    /// <summary>How sessions on production are opened: connect timeout, lock and statement timeouts, waits watched.</summary>
    public SessionDefaults Session { get; init; } = new();
    public TimeSpan ConnectTimeout => Session.ConnectTimeout;
}
