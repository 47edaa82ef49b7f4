using SchemaGate.Hosting;
using SchemaGate.Seeds;

/// <summary>SeedProduction: reference data from migrations/seeds/*.csv (docs/seeds.md).</summary>
sealed partial class Build
{
    [Parameter("How seeds change production: insert (missing rows only), upsert (also update differing rows), mirror (also delete rows not in the seed)")]
    readonly SeedMode SeedMode = SeedMode.Insert;

    Target SeedProduction => _ => _
        .Description("Load migrations/seeds/*.csv into the ephemeral database and plan, read-only, what they would change in production")
        .DependsOn(ApplyMigrations)
        .After(DiffAgainstProd)
        .Before(PublishGate)
        .Executes(async ct => await Gate.SeedPlanAsync(ct));
}
