using Npgsql;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Migrations.Runner;

/// <summary>Sees each statement before and after it runs, on the migrating session (inside the script's transaction).</summary>
public interface IStatementObserver
{
    Task BeforeScriptAsync(NpgsqlConnection conn, MigrationScript script, CancellationToken ct);
    Task AfterStatementAsync(NpgsqlConnection conn, MigrationScript script, SqlStatement statement, CancellationToken ct);
    Task AfterScriptAsync(NpgsqlConnection conn, MigrationScript script, CancellationToken ct);
}
