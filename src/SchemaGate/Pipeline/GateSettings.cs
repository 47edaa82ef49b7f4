using SchemaGate.Catalog;
using SchemaGate.Configuration;
using SchemaGate.Diff;
using SchemaGate.Ephemeral;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Seeds;

namespace SchemaGate.Pipeline;

/// <summary>Everything a gate run is told, resolved from the build parameters (the build maps them; no logic there).</summary>
public sealed record GateSettings
{
    /// <summary>The repository root; relative folders and report paths are resolved against it.</summary>
    public required string RepositoryRoot { get; init; }
    public string MigrationsDir { get; init; } = "migrations";
    public string ReportDir { get; init; } = "artifacts/schemagate";
    public EphemeralOptions Ephemeral { get; init; } = new();
    /// <summary><c>--pg-major auto</c>: with a production URL, the ephemeral server runs production's major when it can be had.</summary>
    public bool FollowProductionMajor { get; init; }
    public MigrationRunnerOptions Runner { get; init; } = new();
    /// <summary>How long any connection to production or development may take to open (<c>--connect-timeout</c>).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>lock_timeout and statement_timeout of the read-only checks on production and development.</summary>
    public TimeSpan CheckLockTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan CheckStatementTimeout { get; init; } = TimeSpan.FromMinutes(5);
    /// <summary>Where waits behind other sessions' locks are said (the pipeline sets its log).</summary>
    public Connections.SessionWaits Waits { get; init; } = Connections.SessionWaits.Silent;

    /// <summary>How every session on production or development is opened in this run.</summary>
    public Connections.SessionDefaults Session => new()
    {
        ConnectTimeout = ConnectTimeout,
        CheckLockTimeout = CheckLockTimeout,
        CheckStatementTimeout = CheckStatementTimeout,
        WriteLockTimeout = Runner.LockTimeout,
        WriteStatementTimeout = Runner.StatementTimeout,
        Waits = Waits,
    };
    /// <summary>Warnings block too (<c>--strict</c>).</summary>
    public bool Strict { get; init; }
    /// <summary>Rule severities and drift lists from schemagate.policy.json; applied where the verdict is decided.</summary>
    public Policy.GatePolicy Policy { get; init; } = SchemaGate.Policy.GatePolicy.Default;
    /// <summary>Which objects snapshots and comparisons cover (the policy's drift lists and <c>--include/--exclude-schemas</c>).</summary>
    public SnapshotFilter Filter { get; init; } = SnapshotFilter.None;
    /// <summary>Colour on the console (false when NO_COLOR is set or output is redirected).</summary>
    public bool UseColour { get; init; }
    /// <summary>A live progress line on an interactive terminal; periodic plain lines otherwise (CI, redirected output).</summary>
    public bool InteractiveProgress { get; init; }
    /// <summary>The environment of the run (GitHub Actions variables, DATABASE_URL, GITHUB_BASE_REF).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();
    /// <summary>Production's setting (<c>--prod-url</c>/PROD_URL; DATABASE_URL is read from <see cref="Environment"/>).</summary>
    public string? ProdUrl { get; init; }
    /// <summary>The branch the change is compared with when there is no production URL (<c>--base-ref</c>).</summary>
    public string? BaseRef { get; init; }
    /// <summary>GitHub token for the PR comment, status, check run and drift issue.</summary>
    public string? GitHubToken { get; init; }
    public SeedMode SeedMode { get; init; } = SeedMode.Insert;
    /// <summary>What deploys the files (<c>--deployer</c>): with DbUp, LintMigrations also checks where DbUp differs.</summary>
    public Deployer Deployer { get; init; } = Deployer.SchemaGate;
    /// <summary>ValidateConfig's options (environment, development, fingerprint, strategy).</summary>
    public ConfigOptions? Config { get; init; }
    /// <summary>The folder of the production backups (<c>--backup-dir</c>), and how many to keep.</summary>
    public string BackupDir { get; init; } = "artifacts/backups";
    public int BackupKeep { get; init; } = 5;
    /// <summary>
    /// The run will need the ephemeral server (SpinUpEphemeralDb is planned): LintMigrations starts it as soon as the files
    /// are read, so it comes up while the rules run.
    /// </summary>
    public bool StartEphemeralWhileLinting { get; init; }
    /// <summary>This run takes a backup of production (Deploy, BackupProduction, Rollback): ValidateConfig checks the folder first.</summary>
    public bool TakesBackup { get; init; }

    /// <summary>GenerateMigration writes online forms (<c>--online</c>; CREATE INDEX CONCURRENTLY in a second script, NOT VALID then VALIDATE).</summary>
    public bool Online { get; init; } = true;

    /// <summary>How GenerateMigration (and DiffAgainstProd's drift fix) generate and validate: the same server, runner, filter and sessions.</summary>
    public Generation.GenerationSettings Generation => new()
    {
        RepositoryRoot = RepositoryRoot,
        MigrationsDir = MigrationsDir,
        Ephemeral = Ephemeral,
        Runner = Runner,
        Session = Session,
        Filter = Filter,
        Online = Online,
    };

    public string MigrationsPath => Path.GetFullPath(Path.Combine(RepositoryRoot, MigrationsDir));
    public string ReportPath => Path.GetFullPath(Path.Combine(RepositoryRoot, ReportDir));
    public string SeedsPath => Path.Combine(MigrationsPath, "seeds");
    public string BackupPath => Path.GetFullPath(Path.Combine(RepositoryRoot, BackupDir));

    /// <summary>How snapshots are taken: the filter, and the journal table left out.</summary>
    public SnapshotOptions Snapshot => new() { Filter = Filter, JournalTable = Runner.Journal.QualifiedNameUnquoted };

    public DiffOptions Diff => DiffOptions.Default;

    /// <summary>A path for messages: relative to the repository root (forward slashes) inside it, else in full.</summary>
    public string Relative(string path) => Configuration.DisplayPath.For(RepositoryRoot, path);
}
