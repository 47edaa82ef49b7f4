using System.Numerics;
using SchemaGate.Configuration;
using SchemaGate.Connections;
using SchemaGate.Findings;
using SchemaGate.Judgement;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;
using SchemaGate.Pipeline.Steps;
using SchemaGate.Reporting;
using SchemaGate.Security;
using SchemaGate.Seeds;
using SchemaGate.Tracing;

namespace SchemaGate.Pipeline;

/// <summary>
/// The gate's steps wired once, for the build targets, the Demo and the tests alike. Each step runs at most once per run
/// and its result is kept: asking for a result runs what it needs first (ApplyMigrations needs the ephemeral server and
/// the linted migrations; DiffAgainstProd needs the server and the migrations), so "needs X first" is what the methods
/// take and return, and the order is written here only. Every outcome goes into <see cref="Run"/>, the accumulator the
/// report is composed from. Disposing it removes the ephemeral server whatever happened.
/// </summary>
public sealed partial class GatePipeline(GateSettings settings, Redactor redactor, IGateLog log) : IAsyncDisposable
{
    private Task<MigrationSet>? _migrations;
    private Task<ChangeSet>? _change;
    private Task<IReadOnlyList<Finding>>? _lint;
    private Task<EphemeralDatabase>? _ephemeral;
    private Task<StepOutcome<EphemeralDatabase>>? _ephemeralStart;
    private BufferedGateLog? _ephemeralLines;
    private Task<AppliedMigrations>? _applied;
    private Task<DriftCheckResult?>? _drift;
    private Task<SeedPlanning>? _seeds;
    private Task<ConfigResult>? _config;
    private AppliedMigrations? _appliedResult;
    private ConfigResult? _configResult;
    private bool _productionResolved;
    private DatabaseUrl? _production;
    private DriftSummary? _driftSummary;

    /// <summary>The run's settings; waits of production and development sessions behind other sessions' locks are said in the log.</summary>
    public GateSettings Settings { get; } = settings with { Waits = new SessionWaits(wait => log.Line("  waiting: " + wait)) };

    public Redactor Redactor { get; } = redactor;

    public IGateLog Log { get; } = log;

    /// <summary>Everything the steps reported so far.</summary>
    public GateRun Run { get; } = new();

    /// <summary>The last report written (PublishGate, or a deploy target after it).</summary>
    public PublishedReport? Published { get; private set; }

    // ---- LintMigrations -------------------------------------------------------------------------------------------

    /// <summary>The migration files, read once (SG101-SG107, SG111 findings recorded).</summary>
    public Task<MigrationSet> MigrationsAsync(CancellationToken ct) => _migrations ??= LoadMigrationsAsync(ct);

    private async Task<MigrationSet> LoadMigrationsAsync(CancellationToken ct) =>
        Run.Record(await new MigrationsStep(Settings, Log).LoadAsync(ct).ConfigureAwait(false)).Result;

    /// <summary>Which scripts this deployment brings: pending in production, else changed against the base branch, else all.</summary>
    public Task<ChangeSet> ChangeAsync(CancellationToken ct) => _change ??= ResolveChangeAsync(ct);

    /// <summary>Decides the change instead of production's journal or git (a caller that knows it: the Demo, tests). Before any step runs.</summary>
    public void UseChange(ChangeSet change)
    {
        if (_change is not null) throw new InvalidOperationException("The change was already decided.");
        _change = Task.FromResult(change);
    }

    private async Task<ChangeSet> ResolveChangeAsync(CancellationToken ct)
    {
        var set = await MigrationsAsync(ct).ConfigureAwait(false);
        var outcome = await ReadingAsync("Reading production's journal", () => new ChangeStep(Settings).RunAsync(set, ProductionUrl(), ct)).ConfigureAwait(false);
        return Run.Record(outcome).Result;
    }

    /// <summary>LintMigrations: the static rules over the up scripts (findings recorded, judged when the report is composed).</summary>
    public Task<IReadOnlyList<Finding>> LintAsync(CancellationToken ct) => _lint ??= LintCoreAsync(ct);

    private async Task<IReadOnlyList<Finding>> LintCoreAsync(CancellationToken ct)
    {
        var set = await MigrationsAsync(ct).ConfigureAwait(false);
        // The files are readable and the settings usable: the server starts while the rules run (SpinUpEphemeralDb waits for it).
        if (Settings.StartEphemeralWhileLinting) BeginEphemeralStart(ct);
        var change = await ChangeAsync(ct).ConfigureAwait(false);
        return Run.Record(new MigrationsStep(Settings, Log).Lint(set, change)).Result;
    }

    // ---- SpinUpEphemeralDb, ApplyMigrations, CheckDownScripts ---------------------------------------------------------

    public Task<EphemeralDatabase> EphemeralAsync(CancellationToken ct) => _ephemeral ??= AwaitEphemeralAsync(ct);

    /// <summary>
    /// Starts the ephemeral server now and returns at once (LintMigrations calls it so the server comes up while the rules
    /// run). What the start says is held back and printed by <see cref="EphemeralAsync"/>, under SpinUpEphemeralDb, where
    /// its outcome is recorded and a failure fails that target; teardown removes the server even when nothing waited for it.
    /// </summary>
    public void BeginEphemeralStart(CancellationToken ct)
    {
        if (_ephemeralStart is not null || _ephemeral is not null) return;
        _ephemeralLines = new BufferedGateLog(Log);
        _ephemeralStart = Task.Run(() => StartEphemeralAsync(_ephemeralLines, ct), ct);
    }

    private async Task<EphemeralDatabase> AwaitEphemeralAsync(CancellationToken ct)
    {
        var start = _ephemeralStart ??= StartEphemeralAsync(Log, ct);
        StepOutcome<EphemeralDatabase> outcome;
        try
        {
            outcome = await start.ConfigureAwait(false);
        }
        finally
        {
            _ephemeralLines?.Flush();
        }
        return Run.Record(outcome).Result;
    }

    private async Task<StepOutcome<EphemeralDatabase>> StartEphemeralAsync(IGateLog log, CancellationToken ct)
    {
        var major = Settings.FollowProductionMajor && ProductionUrl() is { } production
            ? await ProductionMajor.ReadAsync(production, Settings.Session, ct).ConfigureAwait(false)
            : null;
        return await new EphemeralStep(Settings, Redactor, log).RunAsync(major, ct).ConfigureAwait(false);
    }

    /// <summary>ApplyMigrations: every script from scratch, traced; the traced findings joined with the static ones by key.</summary>
    public Task<AppliedMigrations> AppliedAsync(CancellationToken ct) => _applied ??= ApplyAsync(ct);

    private async Task<AppliedMigrations> ApplyAsync(CancellationToken ct)
    {
        await LintAsync(ct).ConfigureAwait(false);
        var database = await EphemeralAsync(ct).ConfigureAwait(false);
        var set = await MigrationsAsync(ct).ConfigureAwait(false);
        var change = await ChangeAsync(ct).ConfigureAwait(false);
        var outcome = await new ApplyStep(Settings, Log).RunAsync(database, set, change, ct).ConfigureAwait(false);
        _appliedResult = outcome.Result;
        Run.Findings.Revise(all => TraceJoin.Join(all, outcome.Result.Traced));
        return Run.Record(outcome).Result;
    }

    public async Task CheckDownScriptsAsync(CancellationToken ct)
    {
        var database = await EphemeralAsync(ct).ConfigureAwait(false);
        var set = await MigrationsAsync(ct).ConfigureAwait(false);
        Run.Record(await new DownScriptStep(Settings, Log).RunAsync(database, set, ct).ConfigureAwait(false));
    }

    // ---- DiffAgainstProd, SeedProduction -----------------------------------------------------------------------------

    /// <summary>
    /// Production's URL (<c>--prod-url</c>/PROD_URL, else DATABASE_URL), parsed once; a DATABASE_URL fallback is announced
    /// once (by ValidateConfig when it runs). Null when none is set.
    /// </summary>
    public DatabaseUrl? ProductionUrl()
    {
        if (_productionResolved) return _production;
        _production = ConnectionSettings.ParseProduction(Settings.ProdUrl, Settings.Environment, Redactor, _config is null ? Log.Writer : TextWriter.Null);
        _productionResolved = true;
        return _production;
    }

    /// <summary>DiffAgainstProd: the deploy plan (null without a production URL), its traces joined, production's numbers added.</summary>
    public Task<DriftCheckResult?> DriftAsync(CancellationToken ct) => _drift ??= DiffAsync(ct);

    private async Task<DriftCheckResult?> DiffAsync(CancellationToken ct)
    {
        if (ProductionUrl() is not { } production)
        {
            _driftSummary = new DriftSummary(false, "no production URL given");
            Log.Line("Drift not checked: no production URL given.");
            Run.Record(new StepOutcome { NotChecked = ["drift not checked: no production URL (give --prod-url, PROD_URL or DATABASE_URL)"] });
            return null;
        }
        var database = await EphemeralAsync(ct).ConfigureAwait(false);
        var set = await MigrationsAsync(ct).ConfigureAwait(false);
        var outcome = await ReadingAsync("DiffAgainstProd", () => new DriftStep(Settings, Log).RunAsync(production, database, set, ct)).ConfigureAwait(false);
        var result = outcome.Result;
        _driftSummary = result.Plan.Summary;
        Run.Findings.Revise(all => TraceJoin.Join(all, result.Traced));
        Run.Record(outcome);

        var pending = result.Plan.PendingEffects.Select(e => e.Script.RelativePath)
            .Concat(result.Traced.Findings.Select(f => f.File).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        var impact = await new ImpactStep(Settings).RunAsync(production, Run.Findings.Snapshot(), pending, ct).ConfigureAwait(false);
        Run.Findings.Revise(_ => impact.Result);
        Run.Record(impact);

        // Drift comes with its fix: two validated scripts next to the reports, linked from them.
        var fix = await ReadingAsync("DiffAgainstProd's drift fix", () => new DriftFixStep(Settings, Redactor, Log).RunAsync(production, database, result.Plan, ct))
            .ConfigureAwait(false);
        _driftSummary = _driftSummary with { Fix = Run.Record(fix).Result };
        return result;
    }

    /// <summary>SeedProduction: the seeds loaded into the migrated ephemeral database and planned against production (read-only).</summary>
    public Task<SeedPlanning> SeedPlanAsync(CancellationToken ct) => _seeds ??= PlanSeedsAsync(ct);

    private async Task<SeedPlanning> PlanSeedsAsync(CancellationToken ct)
    {
        await AppliedAsync(ct).ConfigureAwait(false);
        var database = await EphemeralAsync(ct).ConfigureAwait(false);
        var plan = _drift is null ? null : (await _drift.ConfigureAwait(false))?.Plan;
        return Run.Record(await ReadingAsync("SeedProduction", () => new SeedPlanStep(Settings, Log).RunAsync(ProductionUrl(), database.Database, plan, ct)).ConfigureAwait(false)).Result;
    }

    // ---- ValidateConfig ----------------------------------------------------------------------------------------------

    public Task<ConfigResult> ValidateConfigAsync(CancellationToken ct) => _config ??= ValidateAsync(ct);

    private async Task<ConfigResult> ValidateAsync(CancellationToken ct)
    {
        var options = (Settings.Config ?? new ConfigOptions()) with
        {
            Session = Settings.Session,
            OutputFolders = [(Settings.ReportPath, "--report-dir", Settings.ReportDir)],
            BackupFolder = Settings.TakesBackup ? (Settings.BackupPath, Settings.BackupDir) : null,
            BackupKeep = Settings.BackupKeep,
        };
        var outcome = await ReadingAsync("ValidateConfig", () => new ConfigStep(options, Redactor, Log).RunAsync(ct)).ConfigureAwait(false);
        _configResult = outcome.Result;
        return Run.Record(outcome).Result;
    }

    // ---- PublishGate -------------------------------------------------------------------------------------------------

    /// <summary>PublishGate: the report composed from everything so far, written, printed, published; exit 1 when it refuses.</summary>
    public async Task<GateReport> PublishGateAsync(IReadOnlyList<TargetRun> targets, CancellationToken ct)
    {
        var report = await ComposeAsync(targets).ConfigureAwait(false);
        var outcome = await new PublishStep(Settings, Redactor, Log).RunAsync(report, ct).ConfigureAwait(false);
        Published = outcome.Result;
        return Run.Record(outcome).Result.Report;
    }

    /// <summary>LintMigrations on its own: what it found printed, the reports written, exit 1 when a finding blocks.</summary>
    public async Task<GateReport> LintOnlyAsync(IReadOnlyList<TargetRun> targets, CancellationToken ct)
    {
        await LintAsync(ct).ConfigureAwait(false);
        return await PublishGateAsync(targets, ct).ConfigureAwait(false);
    }

    /// <summary>The report of the run so far: the findings judged once (allows, policy, scope) and the context.</summary>
    public async Task<GateReport> ComposeAsync(IReadOnlyList<TargetRun> targets)
    {
        var set = _migrations is { IsCompletedSuccessfully: true } m ? m.Result : null;
        var change = _change is { IsCompletedSuccessfully: true } c ? c.Result : null;
        var seeds = _seeds is { IsCompletedSuccessfully: true } s ? s.Result : null;
        var applied = _appliedResult;
        var config = _configResult;
        var drift = _drift is { IsCompletedSuccessfully: true } d ? d.Result : null;
        var ephemeral = _ephemeral is { IsCompletedSuccessfully: true } e ? e.Result : null;
        await Task.CompletedTask.ConfigureAwait(false);

        var notChecked = new List<string>();
        notChecked.AddRange(targets.Where(t => t.Failed).Select(t => $"{t.Name} failed (see the console): the run is incomplete, so the gate cannot pass"));
        if (applied is null) notChecked.Add("migrations not applied (ApplyMigrations did not run)");
        notChecked.AddRange(Run.NotChecked);
        var driftSummary = _driftSummary ?? DriftNotRun(targets);
        if (_driftSummary is null) notChecked.Add($"drift not checked: {driftSummary.Reason}");

        var context = new GateContext
        {
            ToolVersion = typeof(GatePipeline).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            StartedAt = Run.StartedAt,
            Strict = Settings.Strict,
            PolicyFile = Settings.Policy.Source,
            Targets = targets,
            Postgres = new PostgresVersions(ephemeral?.Server.ServerVersion, drift?.Plan.ProductionVersion ?? config?.Production?.ServerVersion),
            Migrations = set is null ? null : new MigrationSummary(set.Scripts.Count, applied?.Result.Applied.Count ?? 0,
                set.Scripts.Where(x => applied is null || !applied.Result.Applied.Any(p => p.Script == x) && !applied.Result.AlreadyApplied.Contains(x))
                    .Select(x => x.RelativePath).ToArray()),
            Drift = driftSummary,
            Configuration = config is null ? null : new ConfigurationSummary(config.Environment.ToString().ToLowerInvariant(),
                config.ProductionUrl?.Display, config.Production?.Text, config.Production?.ServerVersion, config.DevelopmentUrl?.Display, config.Development?.Text),
            Seeds = seeds?.Summary,
            Deploy = _deploy,
            Change = set is null || change is null ? null : change.Describe(set.Scripts.Count),
            FirstScript = set?.Scripts.FirstOrDefault()?.RelativePath,
            NothingChecked = set is null,
            ChecksDone = Run.Checked,
            ChecksNotDone = notChecked.Distinct().ToArray(),
            Timings = Run.Timings,
        };
        var judgement = new JudgementInput
        {
            Allows = AllowDirectives.From(set, seeds?.Seeds),
            Policy = Settings.Policy,
            Change = change ?? ChangeSet.Everything("the migrations were not read"),
            Ran = Run.Ran,
            Strict = Settings.Strict,
        };
        return PublishStep.Compose(Run.Findings.Snapshot(), new ReportInputs(judgement, context));
    }

    /// <summary>
    /// Runs a step that reads production or development: a statement that gave up waiting (lock_timeout, statement_timeout)
    /// is infrastructure, not a finding, and the message names what it waited for.
    /// </summary>
    private async Task<T> ReadingAsync<T>(string what, Func<Task<T>> read)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState is "55P03" or "57014")
        {
            var limit = ex.SqlState == "55P03"
                ? $"--check-lock-timeout {Settings.CheckLockTimeout.TotalSeconds:0.#} s"
                : $"--check-statement-timeout {Settings.CheckStatementTimeout.TotalSeconds:0.#} s";
            var waited = Settings.Waits.Last is { } wait ? $"; {wait}" : "";
            throw new Failures.InfrastructureException($"{what} gave up: {ex.MessageText} ({limit}){waited}. Let that session finish, or stop it, and run again.", ex);
        }
    }

    /// <summary>Why drift was not checked when DiffAgainstProd did not decide it: no URL, a failed target before it, or not part of the run.</summary>
    private DriftSummary DriftNotRun(IReadOnlyList<TargetRun> targets)
    {
        if (Settings.ProdUrl is null && !Settings.Environment.ContainsKey(ConnectionSettings.DatabaseUrlVariable))
            return new DriftSummary(false, "no production URL given");
        var failed = targets.Where(t => t.Failed).Select(t => t.Name).ToList();
        return new DriftSummary(false, failed.Count > 0
            ? $"DiffAgainstProd did not run: {string.Join(", ", failed)} failed first"
            : "DiffAgainstProd was not part of this run");
    }

    public async ValueTask DisposeAsync()
    {
        // The start itself, whether or not a target waited for it (one begun while linting may not have been).
        if (_ephemeralStart is { } pending)
        {
            _ephemeralStart = null;
            _ephemeral = null;
            try
            {
                var outcome = await pending.ConfigureAwait(false);
                await outcome.Result.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception) when (pending.IsFaulted || pending.IsCanceled)
            {
                // It never started; the step cleaned up after itself.
            }
        }
    }
}
