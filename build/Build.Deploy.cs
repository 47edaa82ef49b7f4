using SchemaGate.Hosting;
using SchemaGate.Production;

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
        .Executes(async ct => await Gate.BackupProductionAsync(ProductionUrl(), DeployOptions(), ct));

    Target MigrateProduction => _ => _
        .Description("Apply the pending scripts the gate saw to production under the advisory lock; stop if its journal moved")
        .Requires(() => ProdUrl)
        .DependsOn(PublishGate)
        .After(BackupProduction)
        .Executes(async ct => await Gate.MigrateProductionAsync(ProductionUrl(), DeployOptions(), ct));

    Target ApplySeeds => _ => _
        .Description("Apply SeedProduction's plan (migrations/seeds/*.csv, --seed-mode) to production in one transaction")
        .Requires(() => ProdUrl)
        .DependsOn(PublishGate, SeedProduction)
        .After(MigrateProduction)
        .Executes(async ct => await Gate.ApplySeedsToProductionAsync(ProductionUrl(), SeedMode, ct));

    Target VerifyProduction => _ => _
        .Description("Compare production with the ephemeral database after all scripts; any difference fails the deploy (SG406)")
        .Requires(() => ProdUrl)
        .DependsOn(PublishGate)
        .After(MigrateProduction, ApplySeeds)
        .Executes(async ct => await Gate.VerifyProductionAsync(ProductionUrl(), DeployOptions(), ct));

    Target Deploy => _ => _
        .Description("DeployCheck (a refusal stops before any write), then BackupProduction, MigrateProduction, ApplySeeds, VerifyProduction")
        .Requires(() => ProdUrl)
        .DependsOn(DeployCheck, BackupProduction, MigrateProduction, ApplySeeds, VerifyProduction);

    DeployOptions DeployOptions()
    {
        if (BackupKeep < 1) throw new SchemaGate.Failures.UsageException($"--backup-keep must be 1 or more (it is {BackupKeep}).");
        var settings = Settings();
        return new DeployOptions
        {
            Runner = settings.Runner,
            Filter = SchemaFilter(),
            BackupDirectory = Path.GetFullPath(Path.Combine(RootDirectory, BackupDir)),
            BackupKeep = BackupKeep,
            ConnectTimeout = ConnectTimeout,
            PgBin = string.IsNullOrWhiteSpace(PgBin) ? null : PgBin,
        };
    }
}
