using SchemaGate.Findings;

namespace SchemaGate.Production;

/// <summary>Drift-family rules of the deploy targets: production checked again after it was changed.</summary>
public static class DeployRules
{
    public static readonly Rule DiffersAfterDeploy = new("SG406", RuleFamily.Drift, "Production differs from the deployed history after deploy", Severity.Error,
        "After the migrations ran, production's schema is not the schema its history plus the deployed scripts produce on the ephemeral server.",
        "Something changed production during the deploy, or a script behaves differently there (data, extensions, settings). " +
        "Compare the object named with the migrations, fix production or write a migration, and restore the backup if needed.");
}
