using SchemaGate.Findings;

namespace SchemaGate.Seeds;

/// <summary>SG5xx: reference data (migrations/seeds/*.csv) loaded into the ephemeral database and planned against production.</summary>
public static class SeedRules
{
    public static readonly Rule RowRejected = new("SG501", RuleFamily.Seeds, "Seed row rejected by the database", Severity.Error,
        "A seed row could not be loaded into the migrated ephemeral database: a value does not fit its column's type, or breaks a foreign key, check or unique constraint.",
        "Fix the value in the CSV row named (or add the referenced row to its own seed file), then run DeployCheck again.");

    public static readonly Rule RefusedWhileDrift = new("SG502", RuleFamily.Seeds, "Seeding refused while drift stands", Severity.Error,
        "Production differs from its migration history, so the seed plan would be computed against a schema nobody reviewed; seeding is refused.",
        "Resolve the drift (SG401-SG403) first: put the manual change into a migration or revert it; seeding then plans again.");

    public static readonly Rule MirrorDeletes = new("SG503", RuleFamily.Seeds, "Mirror seeding deletes production rows", Severity.Error,
        "--seed-mode mirror deletes the rows of a seeded table that the CSV does not list: data in production is lost.",
        "Add the missing rows to the CSV, use --seed-mode upsert, or accept it with '# schemagate:allow-file SG503 reason=\"...\"' at the top of the CSV.");

    public static readonly Rule DoesNotFitProduction = new("SG504", RuleFamily.Seeds, "Seed does not fit production", Severity.Warning,
        "The seed plan could not be computed against production's current schema: a value does not convert to production's column type (often because a pending migration changes it).",
        "Check that the pending migrations give production the columns and types the seed expects, or fix the CSV.");
}
