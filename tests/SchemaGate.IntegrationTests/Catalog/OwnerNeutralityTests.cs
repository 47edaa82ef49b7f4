using SchemaGate.Drift;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.IntegrationTests.Catalog;

/// <summary>
/// DiffAgainstProd compares a production deployed by an application role with a database the superuser rebuilt from
/// the same migrations. Owners differ, so the owner's own privileges and default privileges (which belong to whoever
/// ran the migration) must not show as drift; a privilege the owner really lost still must.
/// </summary>
public sealed class OwnerNeutralityTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static (string Name, string Sql)[] History(string reader) =>
    [
        ("0001_app.sql", $"""
            CREATE SCHEMA app;
            ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO {reader};
            ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
            ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO {reader};
            CREATE TYPE app.mood AS ENUM ('sad', 'ok');
            CREATE TABLE app.items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, mood app.mood, note text);
            CREATE SEQUENCE app.tickets;
            CREATE FUNCTION app.note_of(p bigint) RETURNS text LANGUAGE sql STABLE AS 'SELECT note FROM app.items WHERE id = p';
            CREATE VIEW app.open_items AS SELECT id, note FROM app.items WHERE mood = 'ok';
            GRANT USAGE ON SCHEMA app TO {reader};
            REVOKE TRUNCATE ON app.items FROM CURRENT_USER;
            """),
    ];

    [Fact]
    public async Task Production_deployed_by_a_non_superuser_owner_has_no_drift_until_the_owner_loses_a_privilege()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var owner = "sg_app_owner_" + suffix;
        var reader = "sg_app_reader_" + suffix;
        await Db.ExecAsync(fixture.AdminUrl, $"CREATE ROLE {owner} LOGIN; CREATE ROLE {reader};");
        var production = await fixture.CreateDatabaseAsync("owned-prod");
        try
        {
            await Db.ExecAsync(fixture.AdminUrl, $"ALTER DATABASE \"{production.Database}\" OWNER TO {owner}");
            using var files = new TempMigrations(History(reader));
            var set = await files.LoadAsync();
            var asOwner = production.With(b => b.Username = owner);
            var deployed = await new MigrationRunner(new MigrationRunnerOptions()).ApplyAsync(asOwner, set.Scripts, CancellationToken.None);
            Assert.True(deployed.Succeeded, deployed.Failure?.Describe());
            Assert.Equal(owner, await Db.ScalarAsync<string>(production, "SELECT tableowner::text FROM pg_tables WHERE tablename = 'items'"));

            var clean = await new DriftCheck(fixture.Server, new DriftOptions()).RunAsync(production, set, CancellationToken.None);
            Assert.True(clean.DriftChecked);
            Assert.Empty(clean.Drift);
            Assert.DoesNotContain(clean.Findings, f => f.RuleId.StartsWith("SG40", StringComparison.Ordinal) && f.RuleId != DriftRules.NotYetDeployed.Id);

            await Db.ExecAsync(asOwner, "REVOKE DELETE ON app.items FROM CURRENT_USER");
            var drifted = await new DriftCheck(fixture.Server, new DriftOptions()).RunAsync(production, set, CancellationToken.None);
            var change = Assert.Single(drifted.Drift);
            Assert.Equal("Altered Table app.items [ownerPrivileges]", change.ToString());
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await fixture.Server.DropDatabaseAsync(production, CancellationToken.None);
            await Db.ExecAsync(fixture.AdminUrl, $"DROP OWNED BY {reader}; DROP ROLE {reader}; DROP OWNED BY {owner}; DROP ROLE {owner};");
        }
    }
}
