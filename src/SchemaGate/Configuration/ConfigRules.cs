using SchemaGate.Findings;

namespace SchemaGate.Configuration;

/// <summary>
/// SG0xx: how the gate was pointed at its databases. A setting that cannot be used (malformed, SQLite, a file path,
/// missing) ends the run with exit 2; a database that is not the one expected (fingerprint, strategy, empty,
/// unjournaled) is a blocking finding (exit 1).
/// </summary>
public static class ConfigRules
{
    public static readonly Rule MalformedUrl = new("SG001", RuleFamily.Configuration, "Malformed connection setting", Severity.Error,
        "A connection setting is neither a valid postgres:// URL nor valid Host=...;Database=... settings.",
        "Fix the setting: postgres://user:password@host:5432/database, or Host=host;Port=5432;Database=db;Username=user.");

    public static readonly Rule SqliteUrl = new("SG002", RuleFamily.Configuration, "SQLite URL where PostgreSQL belongs", Severity.Error,
        "A connection setting is a SQLite URL (sqlite:, file:, :memory:): SchemaGate and production are PostgreSQL.",
        "Point the setting at the PostgreSQL server (postgres://...). If the app reads another variable than DATABASE_URL, fix the app.");

    public static readonly Rule FilePathUrl = new("SG003", RuleFamily.Configuration, "File path where a server URL belongs", Severity.Error,
        "A connection setting is a file path (./app.db, /var/data/x.db): that is an embedded database, not a server.",
        "Give the PostgreSQL server's URL (postgres://user@host:5432/database).");

    public static readonly Rule MissingUrl = new("SG004", RuleFamily.Configuration, "Connection setting missing", Severity.Error,
        "A connection the run needs has no value: production in --environment production or staging, or development for --database-strategy.",
        "Set --prod-url (PROD_URL, or DATABASE_URL) and, with --database-strategy, --dev-url (DEV_URL).");

    public static readonly Rule FingerprintMismatch = new("SG005", RuleFamily.Configuration, "Production is not the expected instance", Severity.Error,
        "Production's fingerprint (system_identifier/database/oid) differs from --expected-prod-fingerprint.",
        "Check the production URL. If production really moved (restore, new cluster), update --expected-prod-fingerprint.");

    public static readonly Rule FingerprintFallback = new("SG006", RuleFamily.Configuration, "Instance identifier not readable", Severity.Notice,
        "pg_control_system() is not allowed for the connecting role, so the fingerprint uses host and port instead of system_identifier.",
        "GRANT EXECUTE ON FUNCTION pg_control_system() TO the role, or accept the weaker fingerprint.");

    public static readonly Rule SharedStrategyMismatch = new("SG007", RuleFamily.Configuration, "Development is not on production's instance", Severity.Error,
        "--database-strategy shared says development and production share one PostgreSQL instance, but their system identifiers differ.",
        "Point --dev-url at the shared instance, or use --database-strategy separate if the team decided so.");

    public static readonly Rule SeparateStrategyMismatch = new("SG008", RuleFamily.Configuration, "Development shares production's instance", Severity.Error,
        "--database-strategy separate says development and production are separate instances, but they are the same instance or the same database.",
        "Give development its own server; never run development against production's database.");

    public static readonly Rule EmptyProduction = new("SG009", RuleFamily.Configuration, "Production is empty", Severity.Error,
        "Production has no user tables and no journal rows: either this is the first deployment, or the URL points at the wrong (or a fresh) database.",
        "Check the production URL; on a real first deployment pass --first-deploy.");

    public static readonly Rule NoJournal = new("SG010", RuleFamily.Configuration, "Production has tables but no journal", Severity.Error,
        "Production holds user tables but no migration journal rows: it was built without SchemaGate, so every migration would run again.",
        "Record what production already has with ./build.sh Baseline --baseline-version N, then deploy.");
}
