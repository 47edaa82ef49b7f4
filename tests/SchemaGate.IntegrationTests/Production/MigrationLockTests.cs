using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Production;

namespace SchemaGate.IntegrationTests.Production;

/// <summary>Two deploys at once: the second waits for the migration lock, then gives up naming the holder.</summary>
public sealed class MigrationLockTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task A_second_MigrateProduction_waits_for_the_lock_then_gives_up_naming_the_holder_and_applies_nothing()
    {
        using var s = await DeployScenario.CreateAsync(fixture, ("0001_accounts.sql", "create table accounts (id int primary key);\n"));
        await using var gate = s.NewGate(lockWait: TimeSpan.FromSeconds(1));
        await s.RunGateAsync(gate);

        // The first deploy's session holds the lock (as MigrateProduction does while it applies).
        await using var first = await Sessions.OpenAsync(s.Production, Sessions.Writable(TimeSpan.FromSeconds(5)), CancellationToken.None);
        await using var held = await MigrationLock.AcquireAsync(first, s.Runner().Journal, TimeSpan.Zero, CancellationToken.None);

        var started = DateTime.UtcNow;
        var ex = await Assert.ThrowsAsync<InfrastructureException>(() => gate.MigrateProductionAsync(CancellationToken.None));

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1), "it gave up without waiting");
        Assert.Contains("another migrator holds the migration lock", ex.Message);
        Assert.Contains(Sessions.DeployApplicationName, ex.Message);
        Assert.Contains("--lock-wait", ex.Message);
        Assert.False(await Db.TableExistsAsync(s.Production, "public.accounts"));
        Assert.Empty(await s.JournalRowsAsync());
    }

    [Fact]
    public async Task The_holder_named_is_the_one_in_production_not_a_migrator_of_another_database_on_the_same_server()
    {
        using var s = await DeployScenario.CreateAsync(fixture, ("0001_accounts.sql", "create table accounts (id int primary key);\n"));
        await using var gate = s.NewGate(lockWait: TimeSpan.FromMilliseconds(300));
        await s.RunGateAsync(gate);

        // Another database on the same server, whose migrator holds the same lock key there.
        var neighbour = await fixture.CreateDatabaseAsync("neighbour");
        await using var other = await Sessions.OpenAsync(neighbour, Sessions.Writable(TimeSpan.FromSeconds(5), "neighbour-migrator"), CancellationToken.None);
        await using var otherLock = await MigrationLock.AcquireAsync(other, s.Runner().Journal, TimeSpan.Zero, CancellationToken.None);
        await using var first = await Sessions.OpenAsync(s.Production, Sessions.Writable(TimeSpan.FromSeconds(5), "production-migrator"), CancellationToken.None);
        await using var held = await MigrationLock.AcquireAsync(first, s.Runner().Journal, TimeSpan.Zero, CancellationToken.None);

        var ex = await Assert.ThrowsAsync<InfrastructureException>(() => gate.MigrateProductionAsync(CancellationToken.None));

        Assert.Contains("production-migrator", ex.Message);
        Assert.DoesNotContain("neighbour-migrator", ex.Message);
    }
}
