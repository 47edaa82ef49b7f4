using System.Diagnostics;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Tracing;

namespace SchemaGate.Pipeline.Steps;

/// <summary>The ephemeral server, the database the migrations go into, and where hidden statements can be read.</summary>
public sealed class EphemeralDatabase(IEphemeralServer server, DatabaseUrl database) : IAsyncDisposable
{
    private Task<StatementStats>? _stats;

    public IEphemeralServer Server { get; } = server;

    public DatabaseUrl Database { get; } = database;

    /// <summary>pg_stat_statements on this server, provided once (a scratch database of its own), or why not.</summary>
    public Task<StatementStats> StatementStatsAsync(CancellationToken ct) => _stats ??= StatementStats.ProvideAsync(Server, ct);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

/// <summary>SpinUpEphemeralDb: starts the throwaway server (local binaries, docker or scratch databases) and creates the gate's database.</summary>
public sealed class EphemeralStep(GateSettings settings, Redactor redactor, IGateLog log)
{
    public async Task<StepOutcome<EphemeralDatabase>> RunAsync(CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var server = await EphemeralProvider.StartAsync(settings.Ephemeral, redactor, ct).ConfigureAwait(false);
        try
        {
            var database = await server.CreateDatabaseAsync("deploycheck", ct).ConfigureAwait(false);
            log.Line($"Ephemeral PostgreSQL ready in {sw.Elapsed.TotalSeconds:0.00} s: {server.Description}");
            return new StepOutcome<EphemeralDatabase>
            {
                Result = new EphemeralDatabase(server, database),
                Timings = [new Timing("ephemeral start", sw.Elapsed)],
            };
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
