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

    public async Task<ValidationResult> ValidateAsync(ResolvedSchema source, SchemaSnapshot target, RenderedScripts scripts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(scripts);
        await RoleProvisioner.EnsureAsync(server.AdminUrl, RoleProvisioner.RolesOf(source.Snapshot, target), ct).ConfigureAwait(false);
        var copy = await server.CreateDatabaseAsync("genvalidate", ct).ConfigureAwait(false);
        try
        {
            var (method, copyDifferences, copyFailure) = await CopyAsync(source, copy, ct).ConfigureAwait(false);
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
    private async Task<(string Method, IReadOnlyList<SchemaChange> Differences, string? Failure)> CopyAsync(ResolvedSchema source, DatabaseUrl copy, CancellationToken ct)
    {
        if (source.Scripts is { } scripts)
        {
            await SourceResolver.ApplyAsync(new MigrationRunner(settings.Runner), copy, scripts, "the source", ct).ConfigureAwait(false);
            return ($"a copy of the source (its {scripts.Count} migration script(s) applied to a fresh database)", [], null);
        }
        var empty = await SnapshotAsync(copy, ct).ConfigureAwait(false);
        var plan = MigrationPlanner.Plan(empty, source.Snapshot, online: false);
        var rebuild = ScriptWriter.Render(plan, ["rebuild of the source from its snapshot"]);
        var runner = new MigrationRunner(settings.Runner with { Journal = Journal with { Table = "rebuilt" } });
        var result = await runner.ApplyAsync(copy, [RuleAnnotator.AsScript(1, "rebuild", rebuild.Main.Text)], ct).ConfigureAwait(false);
        var method = $"a copy of the source rebuilt from its snapshot ({plan.StatementCount} statement(s), checked against the snapshot)";
        if (result.Failure is { } failure)
            return (method, [], $"rebuilding the source from its snapshot failed at line {failure.Line}: {failure.ServerMessage}");
        var rebuilt = await SnapshotAsync(copy, ct).ConfigureAwait(false);
        return (method, SchemaDiff.Compare(rebuilt, source.Snapshot, DiffOptions.Default), null);
    }

    private async Task<SchemaSnapshot> SnapshotAsync(DatabaseUrl database, CancellationToken ct)
    {
        var options = settings.Snapshot with
        {
            Filter = settings.Filter with { ExcludeSchemas = [.. settings.Filter.ExcludeSchemas, JournalSchema] },
        };
        await using var conn = new NpgsqlConnection(database.With(b => b.Pooling = false).ConnectionString);
        await conn.OpenAsync(ct).ConfigureAwait(false);
        return await _reader.ReadAsync(conn, options, ct).ConfigureAwait(false);
    }
}
