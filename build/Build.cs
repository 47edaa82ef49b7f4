using SchemaGate.Ephemeral;
using SchemaGate.Hosting;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Pipeline;

/// <summary>
/// SchemaGate's pipeline. Each target is one declarative chain whose body is one or two calls into src/;
/// the host (src/SchemaGate.Hosting) owns ordering, parameters, --help/--plan, the summary and teardown.
/// </summary>
sealed partial class Build : BuildHost
{
    public static Task<int> Main(string[] args) => Execute<Build>(args, defaultTarget: x => x.DeployCheck);

    [Parameter("Build configuration", AllowedValues = ["Debug", "Release"])]
    readonly string Configuration = "Debug";

    [Parameter("Folder of the migration scripts, relative to the repository root")]
    readonly string MigrationsDir = "migrations";

    [Parameter("Folder the reports (report.json, report.md, report.sarif) are written to")]
    readonly string ReportDir = "artifacts/schemagate";

    [Parameter("Where the throwaway PostgreSQL comes from: local binaries, docker, or an existing server")]
    readonly EphemeralKind Ephemeral = EphemeralKind.Local;

    [Parameter("Folder of the PostgreSQL server binaries (initdb, pg_ctl, postgres); discovered when empty")]
    readonly string? PgBin;

    [Parameter("PostgreSQL major of the ephemeral server: auto (production's, when a production URL is given), a number (exactly that major), or any")]
    readonly string PgMajor = "auto";

    [Parameter("Admin URL of an existing server for --ephemeral server (scratch databases are created and dropped)", Secret = true)]
    readonly string? EphemeralServerUrl;

    [Parameter("lock_timeout for every migration statement (e.g. 5s)")]
    readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(5);

    [Parameter("statement_timeout for every migration statement (e.g. 10m)")]
    readonly TimeSpan StatementTimeout = TimeSpan.FromMinutes(10);

    [Parameter("How long to wait for another migrator's advisory lock before giving up")]
    readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    [Parameter("Schema of the journal table")]
    readonly string JournalSchema = "public";

    [Parameter("Name of the journal table (DbUp's default is schemaversions)")]
    readonly string JournalTable = "schemaversions";

    [Parameter("Treat warnings as blocking (overrides the policy file's strict)")]
    readonly bool? Strict;

    [Parameter("GitHub token for the PR comment, commit status and check run (GITHUB_TOKEN on Actions)", Secret = true, EnvironmentNames = ["GITHUB_TOKEN"])]
    readonly string? GithubToken;

    [Parameter("Without a production URL, the change is what differs from this branch (default: GITHUB_BASE_REF on a pull request, else origin/main)")]
    readonly string? BaseRef;

    [Parameter("What deploys these files to production: schemagate (its Deploy target) or dbup (then LintMigrations also reports where DbUp would run them differently: SG117-SG119)")]
    readonly Deployer Deployer = Deployer.SchemaGate;

    GatePipeline? _gate;

    GatePipeline Gate => _gate ??= RegisterTeardown(new GatePipeline(Settings(), Redactor, new TextGateLog(Log)));

    IReadOnlyList<SchemaGate.Reporting.TargetRun> Targets => FinishedTargets.Select(ToReport).ToArray();

    Target Compile => _ => _
        .Description("Build the solution")
        .Executes(async ct => await Tools.Dotnet($"build Pipeline.sln -c {Configuration} -nologo", ct));

    Target Test => _ => _
        .Description("Run every test (unit and real-PostgreSQL integration) and print 'N passed, N failed'")
        .DependsOn(Compile)
        .Executes(async ct => await TestRunner.RunAsync(Tools, RootDirectory, Configuration, Log, ct));

    Target LintMigrations => _ => _
        .Description("Check migration file names, versions, encoding, SQL lexing, directives and the static rules; reports via PublishGate")
        .Triggers(PublishGate)
        .Executes(async ct => await Gate.LintAsync(ct));

    Target SpinUpEphemeralDb => _ => _
        .Description("Start a throwaway PostgreSQL (local binaries, docker or scratch database); removed at teardown")
        .Executes(async ct => await Gate.EphemeralAsync(ct));

    Target ApplyMigrations => _ => _
        .Description("Apply every migration from scratch to the ephemeral database, in order, journaled, traced")
        .DependsOn(SpinUpEphemeralDb)
        .After(LintMigrations)
        .Executes(async ct => await Gate.AppliedAsync(ct));

    Target PublishGate => _ => _
        .Description("Decide the verdict, write artifacts/schemagate/report.{json,md,sarif}, refuse (exit 1) on blocking findings")
        .After(LintMigrations, ApplyMigrations)
        .AssuredAfterFailure()
        .Executes(async ct => await Gate.PublishGateAsync(Targets, ct));

    Target DeployCheck => _ => _
        .Description("The gate: ValidateConfig, LintMigrations, SpinUpEphemeralDb, ApplyMigrations, CheckDownScripts, DiffAgainstProd, SeedProduction, PublishGate")
        .DependsOn(ValidateConfig, LintMigrations, SpinUpEphemeralDb, ApplyMigrations, CheckDownScripts, DiffAgainstProd, SeedProduction, PublishGate);

    Target Benchmark => _ => _
        .Description("Measure ephemeral start and migration throughput against peers; writes docs/benchmarks.md")
        .Executes(async ct => await Tools.Dotnet("run --project tests/SchemaGate.Benchmarks -c Release -- --output docs/benchmarks.md", ct));
}
