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

/// <summary>
/// SpinUpEphemeralDb: starts the throwaway server (local binaries, docker or scratch databases) and creates the gate's
/// database. With <paramref name="productionMajor"/> (<c>--pg-major auto</c> and a production URL) the server runs that
/// major when it can be had: the docker image of it, a local install of it, or binaries of it fetched once; when it cannot,
/// the step says why and runs the installed major (drift then marks deparser-only differences as uncertain, SG404).
/// </summary>
public sealed class EphemeralStep(GateSettings settings, Redactor redactor, IGateLog log)
{
    public async Task<StepOutcome<EphemeralDatabase>> RunAsync(int? productionMajor, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var options = settings.Ephemeral;
        var notChecked = new List<string>();
        if (productionMajor is { } major && options.Kind != EphemeralKind.Server)
            options = options with { PgMajor = major, ExactMajor = options.Kind == EphemeralKind.Local };
        IEphemeralServer server;
        try
        {
            server = await EphemeralProvider.StartAsync(options, redactor, ct, log.Writer).ConfigureAwait(false);
        }
        catch (Failures.InfrastructureException ex) when (productionMajor is not null && options.ExactMajor && !settings.Ephemeral.ExactMajor)
        {
            var why = $"PostgreSQL {productionMajor} (production's major) could not be had: {ex.Message.TrimEnd('.')}";
            log.Line($"{why}; using the installed major instead.");
            notChecked.Add($"the ephemeral server does not run production's major: {why}");
            server = await EphemeralProvider.StartAsync(settings.Ephemeral, redactor, ct, log.Writer).ConfigureAwait(false);
        }
        try
        {
            var database = await server.CreateDatabaseAsync("deploycheck", ct).ConfigureAwait(false);
            log.Line($"Ephemeral PostgreSQL ready in {sw.Elapsed.TotalSeconds:0.00} s: {server.Description}");
            foreach (var left in server.Reaped) log.Line($"  removed what an earlier run left behind: {left}");
            return new StepOutcome<EphemeralDatabase>
            {
                Result = new EphemeralDatabase(server, database),
                Timings = [new Timing("ephemeral start", sw.Elapsed)],
                NotChecked = notChecked,
            };
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
