using SchemaGate.Findings;

namespace SchemaGate.Drift;

/// <summary>SG4xx: production compared with what its own migration history says it should contain.</summary>
public static class DriftRules
{
    public static readonly Rule UnexpectedObject = new("SG401", RuleFamily.Drift, "Object in production not in history", Severity.Error,
        "Production has an object that the migrations its journal lists do not create: someone changed production by hand.",
        "Write a migration that creates the object (so history matches), or drop it from production if it is a leftover.");

    public static readonly Rule MissingObject = new("SG402", RuleFamily.Drift, "Object in history missing from production", Severity.Error,
        "The migrations production's journal lists create an object that production does not have.",
        "Find out who dropped it; restore it with a migration, or write a migration that drops it on purpose.");

    public static readonly Rule ChangedObject = new("SG403", RuleFamily.Drift, "Object differs from history", Severity.Error,
        "An object exists on both sides but its definition in production differs from what the history creates.",
        "Put the production change into a migration, or revert production to the definition the history gives.");

    public static readonly Rule MajorVersionMismatch = new("SG404", RuleFamily.Drift, "PostgreSQL major differs from production", Severity.Warning,
        "The ephemeral server runs another major version than production: catalog output and behaviour may differ.",
        "Let --pg-major auto (the default) run the ephemeral server on production's major: it uses a local install of it, else fetches that major's binaries once (npm), or use --ephemeral docker. Until then, drift only in deparsed text is marked uncertain and does not block.");

    public static readonly Rule NotYetDeployed = new("SG405", RuleFamily.Drift, "Production not yet deployed", Severity.Notice,
        "Production is empty and has no journal: nothing was deployed yet, so there is no drift to find.",
        "Nothing to do; every migration is pending.");
}
