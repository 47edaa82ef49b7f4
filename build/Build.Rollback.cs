using SchemaGate.Hosting;

/// <summary>CheckDownScripts (part of DeployCheck) and Rollback --to N (production).</summary>
sealed partial class Build
{
    [Parameter("Rollback: the applied version production goes back to (the down scripts of every later script run, newest first); GenerateMigration: the target schema (URL, snapshot file or migrations@N)")]
    readonly string? To;

    Target CheckDownScripts => _ => _
        .Description("Run every down script right after its up script in the ephemeral server: same schema as before, up again succeeds")
        .DependsOn(SpinUpEphemeralDb)
        .After(ApplyMigrations)
        .Before(PublishGate)
        .Executes(async ct => await Gate.CheckDownScriptsAsync(ct));

    // The plan is rehearsed on the ephemeral server (SpinUpEphemeralDb), then a verified backup is taken (as BackupProduction
    // does, into --backup-dir), then the down scripts run.
    Target Rollback => _ => _
        .Description("Roll production back to --to N after a verified backup: down scripts of the later applied scripts, newest first, under the migration lock")
        .Requires(() => To)
        .DependsOn(SpinUpEphemeralDb)
        .Executes(async ct => await Gate.RollbackAsync(To, ct));
}
