using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Diff;
using SchemaGate.Ephemeral;
using SchemaGate.Generation.Planning;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Generation;

/// <summary>
/// Validates a generated migration before anyone sees it: on a fresh database of the ephemeral server, a copy of the
/// source (its migration scripts applied again, or, for a database or snapshot file, rebuilt from its snapshot with
/// a migration generated from the empty database and checked against the snapshot), the roles it names created, the
/// main script applied in one transaction and the online one statement by statement, both with the traced analysis
/// watching; then the copy's snapshot is compared with the target. The copy has the source's schema, not its rows:
/// what only data can make fail (a NOT NULL on a column holding nulls, a narrowing type) is not seen here.
/// </summary>
public sealed class MigrationValidator(IEphemeralServer server, GenerationSettings settings)
{
    /// <summary>The validation runner's journal: a schema of its own, left out of every snapshot taken here.</summary>
    public const string JournalSchema = "schemagate_generate";

    private static readonly JournalOptions Journal = new(JournalSchema, "validated");
    private readonly SnapshotReader _reader = new();

    /// <param name="copyDatabase">a fresh database of the server to use as the copy (made ahead, while the plan was written), or null.</param>
    public async Task<ValidationResult> ValidateAsync(ResolvedSchema source, SchemaSnapshot target, MigrationPlan plan, RenderedScripts scripts,
        CancellationToken ct, DatabaseUrl? copyDatabase = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scripts);
        var scoped = settings.Copy == ValidationCopy.Scoped ||
                     settings.Copy == ValidationCopy.Auto && source.Snapshot.Objects.Count > settings.ScopedAbove;
        var scope = scoped ? new ValidationScope(plan) : null;
        string? partial = null;
        if (scope is not null)
        {
            var whole = source.Snapshot.Objects.Count;
            source = new ResolvedSchema(scope.Restrict(source.Snapshot), source.Description, null);
            target = scope.Restrict(target);
            partial = $"a partial copy of the source rebuilt from its snapshot: the {source.Snapshot.Objects.Count} of its {whole} objects " +
                       "the script touches, needs or is used by (checked against the snapshot)";
        }
        await RoleProvisioner.EnsureAsync(server.AdminUrl, RoleProvisioner.RolesOf(source.Snapshot, target), ct).ConfigureAwait(false);
        var copy = copyDatabase ?? await server.CreateDatabaseAsync("genvalidate", ct).ConfigureAwait(false);
        try
        {
            var (method, copyDifferences, copyFailure) = await CopyAsync(source, copy, partial, scope, ct).ConfigureAwait(false);
            if (copyFailure is not null)
                return new ValidationResult(method, server.ServerVersion, null, [], [], new Dictionary<(ScriptPhase, int), IReadOnlyList<StatementAnnotation>>(), copyFailure);
            var tracer = RuleAnnotator.NewTracer();
            var runner = new MigrationRunner(settings.Runner with { Journal = Journal, Observer = tracer });
            var traced = new Dictionary<(ScriptPhase, int), IReadOnlyList<StatementAnnotation>>();
            var main = RuleAnnotator.AsScript(1, "generated", scripts.Main.Text);
            var result = await runner.ApplyAsync(copy, [main], ct).ConfigureAwait(false);
            Collect(traced, ScriptPhase.Main, RuleAnnotator.Traced(tracer, main, scripts.Main));
            if (result.Failure is { } failure) return Failed(method, failure, copyDifferences, traced);
            if (scripts.Online is { } onlineText)
            {
                var online = RuleAnnotator.AsScript(2, "generated_online", onlineText.Text);
                result = await runner.ApplyAsync(copy, [online], ct).ConfigureAwait(false);
                Collect(traced, ScriptPhase.Online, RuleAnnotator.Traced(tracer, online, onlineText));
                if (result.Failure is { } onlineFailure) return Failed(method, onlineFailure, copyDifferences, traced);
            }
            var after = await SnapshotAsync(copy, ct).ConfigureAwait(false);
            if (scope is not null) after = scope.Restrict(after);
            var remaining = SchemaDiff.Compare(after, target, DiffOptions.Default);
            return new ValidationResult(method, server.ServerVersion, null, remaining, copyDifferences, traced);
        }
        finally
        {
            await server.DropDatabaseAsync(copy, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private ValidationResult Failed(string method, MigrationFailure failure, IReadOnlyList<SchemaChange> copyDifferences,
        Dictionary<(ScriptPhase, int), IReadOnlyList<StatementAnnotation>> traced) =>
        new(method, server.ServerVersion, $"{failure.Script.FileName.Replace("0001_generated", "main script", StringComparison.Ordinal).Replace("0002_generated_online", "online script", StringComparison.Ordinal)} " +
            $"line {failure.Line}: {failure.ServerMessage}{(failure.Detail is { } d ? " (" + d.TrimEnd('.') + ")" : "")}", [], copyDifferences, traced);

    private static void Collect(Dictionary<(ScriptPhase, int), IReadOnlyList<StatementAnnotation>> into, ScriptPhase phase,
        Dictionary<int, List<StatementAnnotation>> found)
    {
        foreach (var (index, list) in found) into[(phase, index)] = list;
    }

    /// <summary>Makes <paramref name="copy"/> a copy of the source; returns how, and how the copy differs from the source's snapshot.</summary>
    private async Task<(string Method, IReadOnlyList<SchemaChange> Differences, string? Failure)> CopyAsync(ResolvedSchema source, DatabaseUrl copy, string? partial,
        ValidationScope? scope, CancellationToken ct)
    {
        if (source.Scripts is { } scripts)
        {
            await SourceResolver.ApplyAsync(new MigrationRunner(settings.Runner), copy, scripts, "the source", ct).ConfigureAwait(false);
            return ($"a copy of the source (its {scripts.Count} migration script(s) applied to a fresh database)", [], null);
        }
        var empty = await SnapshotAsync(copy, ct).ConfigureAwait(false);
        var plan = MigrationPlanner.Plan(empty, source.Snapshot, online: false);
        var rebuild = ScriptWriter.Render(plan, ["rebuild of the source from its snapshot"]);
        var method = partial ?? $"a copy of the source rebuilt from its snapshot ({plan.StatementCount} statement(s), checked against the snapshot)";
        if (await RebuildAsync(copy, rebuild.Main.Text, ct).ConfigureAwait(false) is { } failure)
            return (method, [], "rebuilding the source from its snapshot failed: " + failure);
        var rebuilt = await SnapshotAsync(copy, ct).ConfigureAwait(false);
        if (scope is not null) rebuilt = scope.Restrict(rebuilt);
        return (method, SchemaDiff.Compare(rebuilt, source.Snapshot, DiffOptions.Default), null);
    }

    /// <summary>
    /// Runs the rebuild script in one transaction and one round trip (it is the copy being made, not the migration
    /// being judged, so the runner's journal and statement-by-statement tracing are not needed); the error, or null.
    /// </summary>
    private static async Task<string?> RebuildAsync(DatabaseUrl copy, string script, CancellationToken ct)
    {
        var statements = Sql.SqlScript.Parse(script).Statements;
        await using var conn = await Sessions.OpenScratchAsync(copy, ct).ConfigureAwait(false);
        await using var tx = await conn.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(conn, tx);
        foreach (var statement in statements) batch.BatchCommands.Add(new NpgsqlBatchCommand(statement.Text));
        try
        {
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return null;
        }
        catch (PostgresException ex)
        {
            var at = ex.BatchCommand is { } failed ? batch.BatchCommands.IndexOf(failed) : -1;
            return at >= 0 ? $"{ex.MessageText} in: {statements[at].Text.Split('\n')[0]}" : ex.MessageText;
        }
    }

    private async Task<SchemaSnapshot> SnapshotAsync(DatabaseUrl database, CancellationToken ct)
    {
        var options = settings.Snapshot with
        {
            Filter = settings.Filter with { ExcludeSchemas = [.. settings.Filter.ExcludeSchemas, JournalSchema] },
        };
        await using var conn = await Sessions.OpenScratchAsync(database, ct).ConfigureAwait(false);
        return await _reader.ReadAsync(conn, options, ct).ConfigureAwait(false);
    }
}
