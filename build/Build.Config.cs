using SchemaGate.Baseline;
using SchemaGate.Configuration;
using SchemaGate.Hosting;
using SchemaGate.Migrations.Journal;

/// <summary>ValidateConfig and Baseline: is production the database we think it is; adopt one built without SchemaGate.</summary>
sealed partial class Build
{
    [Parameter("Where this run deploys: production and staging refuse SQLite, file paths and a missing production URL")]
    readonly DeployEnvironment Environment = DeployEnvironment.Development;

    [Parameter("Development database URL, compared with production for --database-strategy", Secret = true, EnvironmentNames = ["DEV_URL"])]
    readonly string? DevUrl;

    [Parameter("The fingerprint production must have (system_identifier/database/oid, printed by ValidateConfig); not a secret")]
    readonly string? ExpectedProdFingerprint;

    [Parameter("shared: development is on production's instance; separate: it never is (needs --dev-url)")]
    readonly DatabaseStrategy? DatabaseStrategy;

    [Parameter("Production is expected to be empty (the first deployment)")]
    readonly bool FirstDeploy;

    [Parameter("How long to wait for production and development to accept a connection (every target that connects)")]
    readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    [Parameter("lock_timeout of every read-only session on production and development (a check never waits longer behind another session's lock)")]
    readonly TimeSpan CheckLockTimeout = TimeSpan.FromSeconds(10);

    [Parameter("statement_timeout of every read-only session on production and development")]
    readonly TimeSpan CheckStatementTimeout = TimeSpan.FromMinutes(5);

    [Parameter("Baseline: the last migration version production already has (scripts up to it are recorded as applied)")]
    readonly string? BaselineVersion;

    Target ValidateConfig => _ => _
        .Description("Check every connection setting, reach production read-only, compare its fingerprint; refuse SQLite, empty or wrong databases")
        .Executes(async ct => await Gate.ValidateConfigAsync(ct));

    Target Baseline => _ => _
        .Description("Record migrations up to --baseline-version as applied in a production built without SchemaGate, if its schema matches (writes to production)")
        .DependsOn(SpinUpEphemeralDb)
        .After(LintMigrations)
        .Executes(async ct => await Gate.BaselineAsync(BaselineVersionNumber.Parse(BaselineVersion), ct));

    ConfigOptions ConfigOptions() => new()
    {
        Environment = Environment,
        Production = ConnectionSettings.Production(ProdUrl, EnvironmentVariables, Redactor),
        Development = ConnectionSettings.Development(DevUrl, Redactor),
        ExpectedProdFingerprint = string.IsNullOrWhiteSpace(ExpectedProdFingerprint) ? null : ExpectedProdFingerprint,
        Strategy = DatabaseStrategy,
        FirstDeploy = FirstDeploy,
        Journal = new JournalOptions(JournalSchema, JournalTable),
    };
}
