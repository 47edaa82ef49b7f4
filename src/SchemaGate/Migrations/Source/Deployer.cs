namespace SchemaGate.Migrations.Source;

/// <summary>What deploys the migration files to production (<c>--deployer</c>): SchemaGate's own Deploy, or DbUp.</summary>
public enum Deployer
{
    SchemaGate,
    /// <summary>DbUp deploys the same files: the gate also reports where DbUp would run them differently (SG117-SG119).</summary>
    DbUp,
}
