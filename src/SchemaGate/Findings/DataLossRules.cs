namespace SchemaGate.Findings;

/// <summary>SG2xx: statements of an up script that destroy data already in production.</summary>
public static class DataLossRules
{
    public static readonly Rule DropTable = new("SG201", "DROP TABLE", Severity.Error,
        "The script drops a table that existed before it ran, with every row in it.",
        "Stop using the table first, keep it (or rename it) for a release, take a backup, then drop it with an allow directive that says why.");

    public static readonly Rule DropColumn = new("SG202", "DROP COLUMN", Severity.Error,
        "The script drops a column of an existing table; its values are gone for every row.",
        "Stop reading and writing the column in the application first, copy the values elsewhere if they matter, then drop it with an allow directive.");

    public static readonly Rule DropSchema = new("SG203", "DROP SCHEMA", Severity.Error,
        "The script drops a schema, and with CASCADE every table, view and function in it.",
        "Drop the objects one by one in reviewed migrations, or allow it with a reason when the schema is known to be empty.");

    public static readonly Rule DropDatabase = new("SG204", "DROP DATABASE", Severity.Error,
        "A migration drops a whole database.",
        "Never drop databases from a migration; do it by hand, after a backup, outside the deployment.");

    public static readonly Rule Truncate = new("SG205", "TRUNCATE", Severity.Error,
        "The script empties a table (and with CASCADE every table whose foreign keys point at it).",
        "Delete only the rows you mean to with DELETE ... WHERE, in batches; never TRUNCATE ... CASCADE in a migration.");

    public static readonly Rule DeleteWithoutWhere = new("SG206", "DELETE without WHERE", Severity.Error,
        "A DELETE has no WHERE clause and removes every row of the table.",
        "Add a WHERE clause that names the rows to remove; for large tables delete in batches.");

    public static readonly Rule UpdateWithoutWhere = new("SG207", "UPDATE without WHERE", Severity.Error,
        "An UPDATE has no WHERE clause and overwrites a column in every row of the table.",
        "Add a WHERE clause (for a backfill: WHERE col IS NULL, in batches by key range).");

    public static readonly Rule AlterColumnType = new("SG208", "ALTER COLUMN ... TYPE", Severity.Error,
        "A column of an existing table changes type: values may be truncated, rounded or rejected, and the table is usually rewritten under an ACCESS EXCLUSIVE lock.",
        "Add a column of the new type, backfill it in batches, switch the application over, then drop the old column.");

    public static readonly Rule DropSequence = new("SG209", "DROP SEQUENCE", Severity.Error,
        "The script drops a sequence; column defaults that call nextval() on it break, and its current value is lost.",
        "Remove the defaults that use it first (or keep the sequence), then drop it with an allow directive.");

    public static readonly Rule DropType = new("SG210", "DROP TYPE / DROP DOMAIN", Severity.Error,
        "The script drops a type or domain; with CASCADE, every column of that type is dropped with its data.",
        "Migrate the columns to another type first; drop the type without CASCADE so PostgreSQL refuses while anything uses it.");

    public static readonly Rule DropFunction = new("SG211", "DROP FUNCTION / PROCEDURE", Severity.Error,
        "The script drops a function or procedure; defaults, triggers, views and check constraints may depend on it, and CASCADE drops them too.",
        "Replace it with CREATE OR REPLACE, or remove what depends on it first; never drop with CASCADE in a migration.");

    public static IReadOnlyList<Rule> All { get; } =
    [
        DropTable, DropColumn, DropSchema, DropDatabase, Truncate, DeleteWithoutWhere, UpdateWithoutWhere, AlterColumnType,
        DropSequence, DropType, DropFunction,
    ];
}
