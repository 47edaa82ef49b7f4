using SchemaGate.Connections;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tracing;

/// <summary>
/// What the tracer is told: which scripts are the change (<see cref="InChange"/>; null when unknown, then each script
/// is judged against what existed before it), and where pg_stat_statements can be read (<see cref="StatsDatabase"/>;
/// null when the server cannot show hidden statements).
/// </summary>
public sealed record TracerOptions
{
    public Func<MigrationScript, bool>? InChange { get; init; }

    public DatabaseUrl? StatsDatabase { get; init; }
}
