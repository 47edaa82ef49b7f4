using Npgsql;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Runner;

/// <summary>
/// An observer whose after-statement query can travel with the statement in the same round trip. Inside a script's
/// transaction the runner sends the statement and <see cref="ProbeFor"/>'s command as one batch and hands the
/// command's result to <see cref="ReadProbeAsync"/> instead of calling <see cref="IStatementObserver.AfterStatementAsync"/>.
/// Outside a transaction (<c>-- schemagate:no-transaction</c>) two commands in one batch would share an implicit
/// transaction, so there the runner keeps calling <see cref="IStatementObserver.AfterStatementAsync"/>.
/// </summary>
public interface IBatchedStatementObserver : IStatementObserver
{
    /// <summary>The query to run right after <paramref name="statement"/>, or null when the observer has nothing to ask.</summary>
    NpgsqlBatchCommand? ProbeFor(MigrationScript script, SqlStatement statement);

    /// <summary>Reads the probe's result; <paramref name="reader"/> is positioned on it (before its first row).</summary>
    Task ReadProbeAsync(NpgsqlDataReader reader, MigrationScript script, SqlStatement statement, CancellationToken ct);
}
