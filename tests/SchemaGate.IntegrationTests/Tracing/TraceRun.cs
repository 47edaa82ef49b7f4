using SchemaGate.Connections;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Tracing;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>Applies migration files to a fresh database of the fixture server with a <see cref="ScriptTracer"/> attached.</summary>
internal static class TraceRun
{
    /// <summary>The trace of every script, in order; fails the test if a script fails.</summary>
    public static async Task<IReadOnlyList<TracedScript>> ApplyAsync(PostgresServerFixture fixture, params (string Name, string Sql)[] files)
    {
        var (traces, _) = await ApplyWithDatabaseAsync(fixture, files);
        return traces;
    }

    public static async Task<(IReadOnlyList<TracedScript> Traces, DatabaseUrl Database)> ApplyWithDatabaseAsync(
        PostgresServerFixture fixture, params (string Name, string Sql)[] files)
    {
        using var repo = new TempMigrations(files);
        var set = await repo.LoadAsync();
        var db = await fixture.CreateDatabaseAsync("trace");
        var tracer = new ScriptTracer();
        var result = await new MigrationRunner(new MigrationRunnerOptions { Observer = tracer }).ApplyAsync(db, set.Scripts, CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        return (tracer.Traces, db);
    }

    /// <summary>The one statement of <paramref name="trace"/> that starts on <paramref name="line"/>.</summary>
    public static TracedStatement At(this TracedScript trace, int line) => Assert.Single(trace.Statements, s => s.Line == line);
}
