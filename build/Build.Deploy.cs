using SchemaGate.Hosting;

/// <summary>Deploy: the gate, then a verified backup, the migrations under the advisory lock, and a post-deploy comparison.</summary>
sealed partial class Build
{
    [Parameter("Folder the production backups (pg_dump -Fc) are written to")]
    readonly string BackupDir = "artifacts/backups";

    [Parameter("How many backups of the production database to keep in --backup-dir (older ones are deleted)")]
    readonly int BackupKeep = 5;

    Target BackupProduction => _ => _
        .Description("pg_dump -Fc production to --backup-dir, verified by pg_restore --list and a restore compared on the ephemeral server")
        .Requires(() => ProdUrl)
        .DependsOn(PublishGate)
        .Executes(async ct => await Gate.BackupProductionAsync(ct));

    Target MigrateProduction => _ => _
        .Description("Apply the pending scripts the gate saw to production under the advisory lock; stop if its journal moved")
        .Requires(() => ProdUrl)
        .DependsOn(PublishGate)
        .After(BackupProduction)
        .Executes(async ct => await Gate.MigrateProductionAsync(ct));

    Target ApplySeeds => _ => _
        .Description("Apply SeedProduction's plan (migrations/seeds/*.csv, --seed-mode) to production in one transaction")
        .Requires(() => ProdUrl)
        .DependsOn(PublishGate, SeedProduction)
        .After(MigrateProduction)
        .Executes(async ct => await Gate.ApplySeedsAsync(ct));

    Target VerifyProduction => _ => _
        .Description("Compare production with the ephemeral database after all scripts; any difference fails the deploy (SG406)")
        .Requires(() => ProdUrl)
        .DependsOn(PublishGate)
        .After(MigrateProduction, ApplySeeds)
        .Executes(async ct => await Gate.VerifyProductionAsync(ct));

    Target Deploy => _ => _
        .Description("DeployCheck (a refusal stops before any write), then BackupProduction, MigrateProduction, ApplySeeds, VerifyProduction")
        .Requires(() => ProdUrl)
        .DependsOn(DeployCheck, BackupProduction, MigrateProduction, ApplySeeds, VerifyProduction);

}
