using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Generation;

/// <summary>
/// Reads a <see cref="SchemaSource"/> into a snapshot. Databases are read over a read-only session (as drift checks
/// read production); migrations are applied to a scratch database of the ephemeral server, which is dropped after.
/// </summary>
public sealed class SourceResolver(GenerationSettings settings, Func<CancellationToken, Task<IEphemeralServer>> server)
{
    private readonly SnapshotReader _reader = new();

    public async Task<ResolvedSchema> ResolveAsync(SchemaSource source, string parameter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        switch (source)
        {
            case DatabaseSource db:
            {
                await using var conn = await OpenReadOnlyAsync(db.Url, parameter, ct).ConfigureAwait(false);
                var snapshot = await _reader.ReadAsync(conn, settings.Snapshot, ct).ConfigureAwait(false);
                return new ResolvedSchema(snapshot, source.Describe(), null);
            }
            case SnapshotFileSource file:
            {
                var path = Path.GetFullPath(file.Path, settings.RepositoryRoot);
                if (!File.Exists(path)) throw new UsageException($"{parameter} is neither a database URL, migrations@N nor an existing snapshot file (no such file).");
                await using var stream = File.OpenRead(path);
                var copy = new MemoryStream();
                await stream.CopyToAsync(copy, ct).ConfigureAwait(false);
                copy.Position = 0;
                SchemaSnapshot snapshot;
                try { snapshot = SnapshotJson.Read(copy); }
                catch (UsageException ex) { throw new UsageException($"{parameter}: {file.Path} is not a SchemaGate snapshot ({ex.Message})", ex); }
                return new ResolvedSchema(snapshot, source.Describe(), null);
            }
            case MigrationsSource migrations:
            {
                var set = await MigrationSource.LoadAsync(settings.MigrationsPath, settings.RepositoryRoot, ct).ConfigureAwait(false);
                if (set.Findings.FirstOrDefault(f => f.Severity == Findings.Severity.Error) is { } problem)
                    throw new UsageException($"{parameter}: the migrations folder has a problem: {problem.Location}: {problem.Message}");
                var scripts = set.Scripts.Where(s => migrations.Version is not { } v || s.Version <= v).ToList();
                if (migrations.Version is { } version && version != 0 && set.Scripts.All(s => s.Version != version))
                    throw new UsageException($"{parameter}: there is no migration with version {version} in {settings.MigrationsDir}.");
                return await FromScriptsAsync(scripts, source.Describe(), parameter, ct).ConfigureAwait(false);
            }
            case ScriptsSource list:
                return await FromScriptsAsync(list.Scripts, list.Describe(), parameter, ct).ConfigureAwait(false);
            case SnapshotSource given:
                return new ResolvedSchema(given.Snapshot, given.Describe(), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(source));
        }
    }

    private async Task<ResolvedSchema> FromScriptsAsync(IReadOnlyList<MigrationScript> scripts, string description, string parameter, CancellationToken ct)
    {
        var ephemeral = await server(ct).ConfigureAwait(false);
        var db = await ephemeral.CreateDatabaseAsync("gensource", ct).ConfigureAwait(false);
        try
        {
            await ApplyAsync(new MigrationRunner(settings.Runner), db, scripts, parameter, ct).ConfigureAwait(false);
            await using var conn = await Sessions.OpenScratchAsync(db, ct).ConfigureAwait(false);
            var snapshot = await _reader.ReadAsync(conn, settings.Snapshot, ct).ConfigureAwait(false);
            return new ResolvedSchema(snapshot, description, scripts);
        }
        finally
        {
            await ephemeral.DropDatabaseAsync(db, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A read-only session on a database given as <paramref name="parameter"/>: one that cannot be reached is bad input
    /// (exit 2), said with the parameter, the server (never its password) and why.
    /// </summary>
    private async Task<Npgsql.NpgsqlConnection> OpenReadOnlyAsync(DatabaseUrl url, string parameter, CancellationToken ct)
    {
        try
        {
            return await Sessions.OpenAsync(url, settings.Session.ReadOnly(DatabaseRole.Development), ct).ConfigureAwait(false);
        }
        catch (InfrastructureException ex) when (!ct.IsCancellationRequested)
        {
            var cause = ex.InnerException is { } inner ? ConnectionFailure.Describe(inner, url, settings.Session.ConnectTimeout) : ex.Message;
            throw new UsageException($"{parameter}: cannot connect to {url.Display}: {cause}.", ex);
        }
    }

    /// <summary>Applies the scripts one runner call each, in the order given; a failure is the caller's bad input.</summary>
    public static async Task ApplyAsync(MigrationRunner runner, Connections.DatabaseUrl db, IReadOnlyList<MigrationScript> scripts, string parameter,
        CancellationToken ct)
    {
        foreach (var script in scripts)
        {
            var result = await runner.ApplyAsync(db, [script], ct).ConfigureAwait(false);
            if (result.Failure is { } failure)
                throw new UsageException($"{parameter}: {failure.Script.RelativePath}:{failure.Line}:{failure.Column} fails on the ephemeral server: {failure.ServerMessage}.");
        }
    }
}
