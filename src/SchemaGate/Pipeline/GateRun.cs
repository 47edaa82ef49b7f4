using System.Diagnostics;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.GitHub;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Reporting;
using SchemaGate.Rules;
using SchemaGate.Security;

namespace SchemaGate.Pipeline;

/// <summary>
/// The state of one DeployCheck: the findings every step adds to, the migrations read from disk, the ephemeral
/// server, and what was and was not checked. Each build target calls one method; disposing it tears down the
/// ephemeral server whatever happened.
/// </summary>
public sealed partial class GateRun(GateSettings settings, Redactor redactor, TextWriter output) : IAsyncDisposable
{
    private readonly List<string> _checksDone = [];
    private readonly List<string> _checksNotDone = [];
    private readonly List<Timing> _timings = [];
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public GateSettings Settings { get; } = settings;
    public Redactor Redactor { get; } = redactor;
    public FindingSet Findings { get; } = new();
    public MigrationSet? Migrations { get; private set; }
    public IEphemeralServer? Server { get; private set; }
    public DatabaseUrl? ScratchDatabase { get; private set; }
    public MigrationResult? Applied { get; private set; }
    public GateReport? Report { get; private set; }

    /// <summary>Set by DiffAgainstProd: whether drift was checked, and what it found.</summary>
    public DriftSummary? DriftSummary { get; private set; }

    /// <summary>Set by DiffAgainstProd: production's server version.</summary>
    public string? ProductionVersion { get; private set; }

    /// <summary>Checks that ran / did not run, in plain words, for the report.</summary>
    private void CheckDone(string text) => _checksDone.Add(text);
    private void CheckNotDone(string text) => _checksNotDone.Add(text);
    public ReportPaths? ReportFiles { get; private set; }

    /// <summary>LintMigrations: reads the migration folder and checks names, versions, encoding and directives.</summary>
    public async Task LintMigrationsAsync(CancellationToken ct)
    {
        var set = await LoadMigrationsAsync(ct).ConfigureAwait(false);
        output.WriteLine($"{set.Scripts.Count} migration script(s) in {Relative(Settings.MigrationsPath)}; {set.Findings.Count} finding(s).");
        _checksDone.Add($"migration files linted ({set.Scripts.Count} scripts)");
    }

    /// <summary>SpinUpEphemeralDb: starts the throwaway server and creates the database the migrations go into.</summary>
    public async Task SpinUpEphemeralDbAsync(CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        Server = await EphemeralProvider.StartAsync(Settings.Ephemeral, Redactor, ct).ConfigureAwait(false);
        ScratchDatabase = await Server.CreateDatabaseAsync("deploycheck", ct).ConfigureAwait(false);
        _timings.Add(new Timing("ephemeral start", sw.Elapsed));
        output.WriteLine($"Ephemeral PostgreSQL ready in {sw.Elapsed.TotalSeconds:0.00} s: {Server.Description}");
    }

    /// <summary>ApplyMigrations: applies every script from scratch; a failing script is a blocking finding.</summary>
    public async Task ApplyMigrationsAsync(CancellationToken ct)
    {
        if (ScratchDatabase is null) throw new InvalidOperationException("ApplyMigrations needs SpinUpEphemeralDb first.");
        var set = Migrations ?? await LoadMigrationsAsync(ct).ConfigureAwait(false);
        var sw = Stopwatch.StartNew();
        var progress = ProgressSinks.For(Settings.InteractiveProgress, output);
        var runner = new MigrationRunner(MigrationProgress.Observe(TracedRunnerOptions, progress, set.Scripts.Count));
        try { Applied = await runner.ApplyAsync(ScratchDatabase, set.Scripts, ct).ConfigureAwait(false); }
        finally { progress.Complete(MigrationProgress.Activity); }
        _timings.Add(new Timing("apply migrations", sw.Elapsed));
        AddTracedFindings();
        foreach (var a in Applied.Applied)
            output.WriteLine($"  applied {a.Script.RelativePath} ({a.Statements} statement(s), {a.Duration.TotalMilliseconds:0} ms)");
        if (Applied.Failure is { } failure)
        {
            Findings.Add(HistoryRules.MigrationFailed.Report(failure.Describe(), failure.Script.RelativePath, failure.Line, failure.Column));
            throw new GateRefusedException($"{failure.Script.RelativePath}:{failure.Line}:{failure.Column}: {failure.ServerMessage}");
        }
        _checksDone.Add($"{Applied.Applied.Count} migration(s) applied from scratch on PostgreSQL {Server!.ServerVersion}");
    }

    /// <summary>PublishGate: decides the verdict, prints it, writes the reports; refuses (exit 1) on blocking findings.</summary>
    public async Task<GateReport> PublishGateAsync(IReadOnlyList<TargetRun> targets, IReadOnlyDictionary<string, string?> environment,
        string? gitHubToken, CancellationToken ct)
    {
        Report = ComposeReport(targets);
        _sarifOptions = SarifOptions.From(environment, Migrations?.Scripts.FirstOrDefault()?.RelativePath);
        ReportFiles = await new ReportFiles(Redactor, _sarifOptions).WriteAsync(Report, Settings.ReportPath, ct).ConfigureAwait(false);
        new ConsoleReporter(Redactor, output, Settings.UseColour).Write(Report);
        output.WriteLine($"Reports: {Relative(ReportFiles.Json)}, {Relative(ReportFiles.Markdown)}, {Relative(ReportFiles.Sarif)}");
        var markdown = await File.ReadAllTextAsync(ReportFiles.Markdown, ct).ConfigureAwait(false);
        await new GitHubPublisher(Redactor, output).PublishAsync(GitHubPublication.From(Report, markdown), environment,
            new GitHubPublishOptions { Token = string.IsNullOrEmpty(gitHubToken) ? null : gitHubToken }, ct).ConfigureAwait(false);
        if (!Report.Passed)
            throw new GateRefusedException(Report.Context.FailedTargets.Count > 0
                ? $"the gate refused: the run is incomplete ({string.Join(", ", Report.Context.FailedTargets)} did not finish); see {Relative(ReportFiles.Markdown)}"
                : $"the gate refused: {Report.Blocking.Count} blocking finding(s); see {Relative(ReportFiles.Markdown)}");
        return Report;
    }

    /// <summary>The SARIF links PublishGate used (GitHub's server, repository and commit), reused when a later target rewrites the reports.</summary>
    private SarifOptions? _sarifOptions;

    /// <summary>The report of the run so far: the policy applied to the findings, and the verdict decided from them.</summary>
    public GateReport ComposeReport(IReadOnlyList<TargetRun> targets)
    {
        string[] notDone = Applied is null ? [.. _checksNotDone, "migrations not applied (ApplyMigrations did not run)"] : _checksNotDone.ToArray();
        notDone = [.. targets.Where(t => t.Failed).Select(t => $"{t.Name} failed (see the console): the run is incomplete, so the gate cannot pass"), .. notDone];
        var context = new GateContext
        {
            ToolVersion = typeof(GateRun).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            StartedAt = _started,
            Strict = Settings.Strict,
            PolicyFile = Settings.Policy.Source,
            Targets = targets,
            Postgres = new PostgresVersions(Server?.ServerVersion, ProductionVersion),
            Migrations = Migrations is null ? null : new MigrationSummary(
                Migrations.Scripts.Count, Applied?.Applied.Count ?? 0,
                Migrations.Scripts.Where(s => Applied is null || !Applied.Applied.Any(a => a.Script == s) && !Applied.AlreadyApplied.Contains(s))
                    .Select(s => s.RelativePath).ToArray()),
            Drift = DriftSummary ?? new DriftSummary(false, "no production URL given"),
            Configuration = ConfigurationSummary,
            Seeds = SeedSummary,
            ChecksDone = _checksDone.ToArray(),
            ChecksNotDone = DriftSummary is null
                ? [.. notDone, "drift not checked: no production URL (give --prod-url or PROD_URL)"]
                : notDone,
            Timings = _timings.ToArray(),
        };
        return GateReport.From(Settings.Policy.Apply(Findings.Snapshot()), context);
    }

    private async Task<MigrationSet> LoadMigrationsAsync(CancellationToken ct)
    {
        if (Migrations is not null) return Migrations;
        Migrations = await MigrationSource.LoadAsync(Settings.MigrationsPath, Settings.RepositoryRoot, ct).ConfigureAwait(false);
        // Naming and lexing findings, then the static rules, then the allow directives applied to all of them.
        IReadOnlyList<Finding> found = [.. Migrations.Findings, .. MigrationLinter.Lint(Migrations)];
        Findings.AddRange(AllowResolver.Apply(found, Migrations));
        return Migrations;
    }

    private string Relative(string path) => Path.GetRelativePath(Settings.RepositoryRoot, path).Replace('\\', '/');

    /// <summary>Teardown: the ephemeral server and everything it made go away.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Server is not null)
        {
            var server = Server;
            Server = null;
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }
}
