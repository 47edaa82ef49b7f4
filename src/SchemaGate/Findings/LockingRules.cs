namespace SchemaGate.Findings;

/// <summary>SG3xx: statements that hold locks long enough to stall production reads or writes.</summary>
public static class LockingRules
{
    public static readonly Rule CreateIndex = new("SG301", "CREATE INDEX without CONCURRENTLY", Severity.Warning,
        "Building an index on an existing table without CONCURRENTLY blocks every write to the table until the build ends.",
        "Use CREATE INDEX CONCURRENTLY in a script marked -- schemagate:no-transaction.");

    public static readonly Rule DropIndex = new("SG302", "DROP INDEX without CONCURRENTLY", Severity.Warning,
        "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table, blocking reads and writes while it waits and runs.",
        "Use DROP INDEX CONCURRENTLY in a script marked -- schemagate:no-transaction.");

    public static readonly Rule ConcurrentlyInTransaction = new("SG303", "CONCURRENTLY inside a transaction", Severity.Warning,
        "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH PARTITION CONCURRENTLY cannot run inside a transaction block, and the runner wraps each script in one.",
        "Put the statement in its own script whose first line is -- schemagate:no-transaction.");

    public static readonly Rule ForeignKeyNotValid = new("SG304", "ADD FOREIGN KEY without NOT VALID", Severity.Warning,
        "Adding a foreign key checks every existing row while holding a SHARE ROW EXCLUSIVE lock on both tables, blocking writes.",
        "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT in a later migration.");

    public static readonly Rule CheckNotValid = new("SG305", "ADD CHECK without NOT VALID", Severity.Warning,
        "Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock.",
        "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later migration.");

    public static readonly Rule ValidateInSameScript = new("SG306", "VALIDATE CONSTRAINT in the same script as NOT VALID", Severity.Warning,
        "The constraint is added NOT VALID and validated in the same script, so the validating scan runs inside the same transaction that holds the ADD CONSTRAINT lock: NOT VALID gains nothing.",
        "Move VALIDATE CONSTRAINT to a later migration.");

    public static readonly Rule SetNotNull = new("SG307", "SET NOT NULL on an existing column", Severity.Warning,
        "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
        "Add CHECK (col IS NOT NULL) NOT VALID, validate it in a later migration, then SET NOT NULL (PostgreSQL 12+ uses the valid check and skips the scan) and drop the check.");

    public static readonly Rule VolatileDefault = new("SG308", "ADD COLUMN with a volatile default", Severity.Warning,
        "A column added with a volatile default (random(), gen_random_uuid(), clock_timestamp(), nextval(), a serial type), as an identity or as a stored generated column rewrites the whole table under an ACCESS EXCLUSIVE lock.",
        "Add the column without a default (or with a constant one), set the default in a separate statement, and backfill existing rows in batches.");

    public static readonly Rule UniqueWithoutIndex = new("SG309", "ADD UNIQUE / PRIMARY KEY without USING INDEX", Severity.Warning,
        "Adding a unique or primary key constraint builds its index while blocking writes to the table.",
        "CREATE UNIQUE INDEX CONCURRENTLY first (no-transaction script), then ADD CONSTRAINT ... UNIQUE USING INDEX / PRIMARY KEY USING INDEX.");

    public static readonly Rule Rename = new("SG310", "RENAME of a table or column", Severity.Warning,
        "Renaming a table or column breaks every running application instance that still uses the old name.",
        "Add the new name alongside the old one (a new column kept in sync, or a view), move the application, then remove the old name.");

    public static readonly Rule RewriteMaintenance = new("SG311", "VACUUM FULL / CLUSTER / REINDEX", Severity.Warning,
        "VACUUM FULL, CLUSTER and REINDEX without CONCURRENTLY rewrite or rebuild under locks that block the table for the whole run.",
        "Run maintenance outside migrations; use REINDEX ... CONCURRENTLY, or pg_repack instead of VACUUM FULL and CLUSTER.");

    public static readonly Rule BeginWithoutCommit = new("SG312", "BEGIN without COMMIT", Severity.Warning,
        "The script opens a transaction it never ends; its locks stay held until the session closes.",
        "Remove BEGIN: the runner already runs each script in one transaction. If you need one, end it with COMMIT.");

    public static readonly Rule JsonType = new("SG313", "json column instead of jsonb", Severity.Warning,
        "A column is declared json: it stores text that is reparsed on every access, cannot be indexed with GIN, and changing it to jsonb later rewrites the table.",
        "Declare the column jsonb.");

    public static readonly Rule NoLockTimeout = new("SG314", "ACCESS EXCLUSIVE lock without lock_timeout", Severity.Warning,
        "A statement that takes an ACCESS EXCLUSIVE lock on an existing table (ALTER TABLE, DROP TABLE, TRUNCATE, DROP INDEX, LOCK TABLE...) is not preceded in its script by SET lock_timeout. While it waits for the lock behind a long query or an open transaction, every other read and write of the table queues behind it, for as long as it waits.",
        "Put SET lock_timeout = '5s' (or SET LOCAL lock_timeout, or SELECT set_config('lock_timeout', '5s', true)) before the statement so it gives up quickly and can be retried. SchemaGate's runner sets --lock-timeout itself, but psql, the application's own migrator and other runners do not.");

    public static IReadOnlyList<Rule> All { get; } =
    [
        CreateIndex, DropIndex, ConcurrentlyInTransaction, ForeignKeyNotValid, CheckNotValid, ValidateInSameScript, SetNotNull,
        VolatileDefault, UniqueWithoutIndex, Rename, RewriteMaintenance, BeginWithoutCommit, JsonType, NoLockTimeout,
    ];
}
