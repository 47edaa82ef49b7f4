using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.Generation.Planning;
using SchemaGate.Security;

namespace SchemaGate.Generation;

/// <summary>
/// GenerateMigration's engine: reads SOURCE and TARGET, plans the migration between them, lints it, validates it on
/// a copy of SOURCE (tracing it while it runs), and writes the scripts with their header and annotations. The
/// ephemeral server is started on first need and removed when the generator is disposed; a server given to the
/// constructor (DiffAgainstProd's) is used as it is and left running.
/// </summary>
public sealed class MigrationGenerator(GenerationSettings settings, Redactor redactor, IEphemeralServer? server = null) : IAsyncDisposable
{
    private IEphemeralServer? _server = server;
    private readonly bool _ownsServer = server is null;

    /// <summary>The ephemeral server, started on first use (migration sources and validation need it).</summary>
    public async Task<IEphemeralServer> ServerAsync(CancellationToken ct) =>
        _server ??= await EphemeralProvider.StartAsync(settings.Ephemeral, redactor, ct).ConfigureAwait(false);

    /// <summary>Reads a source once (to generate both ways from it, for example).</summary>
    public Task<ResolvedSchema> ResolveAsync(SchemaSource source, string parameter, CancellationToken ct) =>
        new SourceResolver(settings, ServerAsync).ResolveAsync(source, parameter, ct);

    /// <summary>Reads both schemas, plans, lints, validates and annotates; writes nothing.</summary>
    public async Task<GeneratedMigration> GenerateAsync(SchemaSource from, SchemaSource to, CancellationToken ct,
        string fromParameter = "--from", string toParameter = "--to", string? onlineFile = null, string? mainFile = null)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var resolver = new SourceResolver(settings, ServerAsync);
        var source = await resolver.ResolveAsync(from, fromParameter, ct).ConfigureAwait(false);
        var target = await resolver.ResolveAsync(to, toParameter, ct).ConfigureAwait(false);
        return await GenerateAsync(source, target, onlineFile, ct, mainFile).ConfigureAwait(false);
    }

    /// <summary>Plans, lints, validates and annotates the migration from one resolved schema to another.</summary>
    public async Task<GeneratedMigration> GenerateAsync(ResolvedSchema source, ResolvedSchema target, string? onlineFile, CancellationToken ct,
        string? mainFile = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        // The copy's database is made while the plan is written (the server does that, this process plans).
        var copyDatabase = CreateCopyDatabaseAsync(ct);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var plan = MigrationPlanner.Plan(source.Snapshot, target.Snapshot, settings.Online);

        // The rules see the statements as they will be written; annotations only add comment lines.
        var bare = ScriptWriter.Render(plan, []);
        var lint = new Dictionary<(ScriptPhase, int), IReadOnlyList<StatementAnnotation>>();
        foreach (var (index, list) in RuleAnnotator.Lint(bare.Main, 1, "generated")) lint[(ScriptPhase.Main, index)] = list;
        if (bare.Online is { } bareOnline)
            foreach (var (index, list) in RuleAnnotator.Lint(bareOnline, 2, "generated_online")) lint[(ScriptPhase.Online, index)] = list;

        var onlineName = onlineFile ?? "the online script";
        var provisional = ScriptWriter.Render(plan, ScriptHeader.For(source.Description, target.Description, plan, null, [], onlineName, settings.Online),
            (phase, i) => lint.GetValueOrDefault((phase, i)) is { } a ? a.Select(x => x.ToString()).ToList() : []);

        var generation = clock.Elapsed;
        var (server, copy) = await copyDatabase.ConfigureAwait(false);
        clock.Restart();
        ValidationResult validation;
        if (plan.IsEmpty)
        {
            await server.DropDatabaseAsync(copy, CancellationToken.None).ConfigureAwait(false);
            validation = new ValidationResult("nothing to apply", server.ServerVersion, null, [], [], new Dictionary<(ScriptPhase, int), IReadOnlyList<StatementAnnotation>>());
        }
        else validation = await new MigrationValidator(server, settings).ValidateAsync(source, target.Snapshot, plan, provisional, ct, copy).ConfigureAwait(false);

        var annotations = new Dictionary<(ScriptPhase, int), IReadOnlyList<StatementAnnotation>>();
        foreach (var key in lint.Keys.Concat(validation.Traced.Keys).Distinct())
            annotations[key] = RuleAnnotator.Merge(lint.GetValueOrDefault(key), validation.Traced.GetValueOrDefault(key));
        var validated = clock.Elapsed;
        clock.Restart();
        var result = new GeneratedMigration(source.Description, target.Description, plan, provisional, validation, annotations);
        var header = ScriptHeader.For(source.Description, target.Description, plan, validation, result.Rules, onlineName, settings.Online);
        var final = ScriptWriter.Render(plan, header,
            (phase, i) => annotations.GetValueOrDefault((phase, i)) is { } a ? a.Select(x => x.ToString()).ToList() : [],
            ScriptHeader.ForOnline(header, mainFile));
        return result with { Scripts = final, Timings = new GenerationTimings(generation + clock.Elapsed, validated) };
    }

    private async Task<(IEphemeralServer Server, Connections.DatabaseUrl Copy)> CreateCopyDatabaseAsync(CancellationToken ct)
    {
        var server = await ServerAsync(ct).ConfigureAwait(false);
        return (server, await server.CreateDatabaseAsync("genvalidate", ct).ConfigureAwait(false));
    }

    /// <summary>
    /// GenerateMigration: SOURCE and TARGET from the request, the scripts written to <c>--sql-out</c> (printed
    /// without it), a summary printed. Exit 1 (after writing) when the script did not validate, or with
    /// <c>--exit-code</c> when there are differences.
    /// </summary>
    public static async Task<GeneratedMigration> RunAsync(GenerationSettings settings, GenerationRequest request, Redactor redactor,
        TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        var from = SchemaSource.Parse(request.From, "--from", redactor);
        var to = SchemaSource.Parse(request.To, "--to", redactor);
        var paths = request.SqlOut is { Length: > 0 } sqlOut
            ? OutputPaths.Resolve(sqlOut, request.Name, settings.RepositoryRoot, settings.MigrationsPath)
            : null;
        // Checked before anything is read or started, and without making the folder: a bad --sql-out writes nothing.
        if (paths is not null && Configuration.OutputFolders.Problem(Path.GetDirectoryName(paths.Main)!, "--sql-out", request.SqlOut!, create: false) is { } problem)
            throw new UsageException(problem);

        await using var generator = new MigrationGenerator(settings, redactor);
        var result = await generator.GenerateAsync(from, to, ct, onlineFile: paths is null ? null : Path.GetFileName(paths.Online),
            mainFile: paths is null ? null : Path.GetFileName(paths.Main)).ConfigureAwait(false);
        Report(result, paths, settings, output);
        if (paths is not null && (result.HasChanges || !IsFolder(request.SqlOut!, settings)))
            await WriteAsync(result.Scripts, paths, ct).ConfigureAwait(false);
        else if (paths is null)
        {
            output.Write(result.Scripts.Main.Text);
            if (result.Scripts.Online is { } online) output.Write("\n" + online.Text);
        }

        if (!result.Validation.Passed)
            throw new GateRefusedException("the generated migration did not validate: applied to a copy of the source it does not give the target (see the script's header).");
        if (request.ExitCode && result.HasChanges)
            throw new GateRefusedException($"{result.Plan.Changes.Count} difference(s) between the source and the target (--exit-code).");
        return result;
    }

    private static bool IsFolder(string sqlOut, GenerationSettings settings) =>
        Directory.Exists(Path.GetFullPath(sqlOut, settings.RepositoryRoot)) || sqlOut.EndsWith('/') || sqlOut.EndsWith('\\');

    /// <summary>Writes the main script, and the online one when there is one (removing a stale one otherwise).</summary>
    public static async Task WriteAsync(RenderedScripts scripts, OutputPaths paths, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        ArgumentNullException.ThrowIfNull(paths);
        Directory.CreateDirectory(Path.GetDirectoryName(paths.Main)!);
        await File.WriteAllTextAsync(paths.Main, scripts.Main.Text, ct).ConfigureAwait(false);
        if (scripts.Online is { } online) await File.WriteAllTextAsync(paths.Online, online.Text, ct).ConfigureAwait(false);
    }

    private static void Report(GeneratedMigration result, OutputPaths? paths, GenerationSettings settings, TextWriter output)
    {
        string Relative(string p) => Configuration.DisplayPath.For(settings.RepositoryRoot, p);
        output.WriteLine($"GenerateMigration: {result.From} -> {result.To}: {result.Plan.Changes.Count} difference(s), " +
                         $"{result.Plan.StatementCount} statement(s) ({result.Plan.Online.Sum(u => u.Statements.Count)} online); " +
                         $"generated in {result.Timings.Generation.TotalMilliseconds:0} ms, validated in {result.Timings.Validation.TotalMilliseconds:0} ms.");
        foreach (var (rule, severity, count) in result.Rules)
            output.WriteLine($"  {rule} ({severity.ToString().ToLowerInvariant()}) on {count} statement(s)");
        var v = result.Validation;
        if (!result.HasChanges) output.WriteLine("  no differences: nothing to migrate.");
        else if (v.Passed) output.WriteLine($"  validated on PostgreSQL {v.ServerVersion}: {v.CopyMethod}, the result equals the target.");
        else
        {
            output.WriteLine($"  NOT validated on PostgreSQL {v.ServerVersion} ({v.CopyMethod}):");
            if (v.CopyFailure is { } cf) output.WriteLine("    " + cf);
            foreach (var d in v.CopyDifferences.Take(20)) output.WriteLine("    the copy differs from the source: " + Drift.DriftFindings.Describe(d));
            if (v.Failure is { } f) output.WriteLine("    the script failed: " + f);
            foreach (var d in v.Remaining.Take(20)) output.WriteLine("    remains: " + Drift.DriftFindings.Describe(d));
        }
        if (paths is not null && (result.HasChanges || !IsFolder(paths.Main, settings)))
        {
            output.WriteLine($"  written: {Relative(paths.Main)}");
            if (result.Scripts.Online is not null) output.WriteLine($"  written: {Relative(paths.Online)} (no transaction; run it after the first)");
        }
        else if (paths is not null) output.WriteLine("  nothing written.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsServer && _server is { } server)
        {
            _server = null;
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
