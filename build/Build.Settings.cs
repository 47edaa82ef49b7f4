using SchemaGate.Ephemeral;
using SchemaGate.Hosting;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Pipeline;
using SchemaGate.Connections;

/// <summary>Turns the bound parameters into the engine's settings (no logic beyond mapping).</summary>
sealed partial class Build
{
    GateSettings Settings() => new()
    {
        RepositoryRoot = RootDirectory,
        MigrationsDir = MigrationsDir,
        ReportDir = ReportDir,
        ConnectTimeout = ConnectTimeout,
        CheckLockTimeout = CheckLockTimeout,
        CheckStatementTimeout = CheckStatementTimeout,
        Strict = LoadedPolicy.StrictFor(Strict),
        Policy = LoadedPolicy,
        UseColour = SchemaGate.Reporting.ConsoleCapabilities.SupportsColour(EnvironmentVariables, Console.IsOutputRedirected),
        InteractiveProgress = SchemaGate.Reporting.ProgressSinks.IsInteractive(EnvironmentVariables, Console.IsOutputRedirected),
        Ephemeral = new EphemeralOptions
        {
            Kind = Ephemeral,
            PgBin = string.IsNullOrWhiteSpace(PgBin) ? null : PgBin,
            PgMajor = MajorSetting.Parse(PgMajor).Major,
            ExactMajor = MajorSetting.Parse(PgMajor).Exact,
            ServerUrl = string.IsNullOrWhiteSpace(EphemeralServerUrl) ? null : DatabaseUrl.Parse(EphemeralServerUrl, "--ephemeral-server-url", Redactor),
        },
        Runner = new MigrationRunnerOptions
        {
            Journal = new JournalOptions(JournalSchema, JournalTable),
            LockTimeout = LockTimeout,
            StatementTimeout = StatementTimeout,
            LockWait = LockWait,
        },
        Filter = SchemaFilter(),
        Online = Online,
        FollowProductionMajor = MajorSetting.Parse(PgMajor).Auto,
        Environment = EnvironmentVariables,
        ProdUrl = string.IsNullOrWhiteSpace(ProdUrl) ? null : ProdUrl,
        BaseRef = string.IsNullOrWhiteSpace(BaseRef) ? null : BaseRef,
        GitHubToken = string.IsNullOrEmpty(GithubToken) ? null : GithubToken,
        SeedMode = SeedMode,
        Deployer = Deployer,
        Config = ConfigOptions(),
        BackupDir = BackupDir,
        BackupKeep = BackupKeep,
        TakesBackup = PlannedTargets.Contains(nameof(BackupProduction)) || PlannedTargets.Contains(nameof(Rollback)),
        StartEphemeralWhileLinting = PlannedTargets.Contains(nameof(SpinUpEphemeralDb)),
    };

    static SchemaGate.Reporting.TargetRun ToReport(TargetResult r) => new(r.Name, (SchemaGate.Reporting.TargetOutcome)(int)r.Status, r.Duration);
}
