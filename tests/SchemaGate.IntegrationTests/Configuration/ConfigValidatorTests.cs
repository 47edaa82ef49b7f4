using SchemaGate.Judgement;
using SchemaGate.Configuration;
using SchemaGate.Connections;
using SchemaGate.Ephemeral;
using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Security;

namespace SchemaGate.IntegrationTests.Configuration;

/// <summary>ValidateConfig against real servers: databases on the fixture server play production and development.</summary>
public sealed class ConfigValidatorTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static ConnectionSetting Prod(DatabaseUrl url) => new("production", "--prod-url", "--prod-url", url.ConnectionString);
    private static ConnectionSetting Dev(DatabaseUrl url) => new("development", "--dev-url", "--dev-url", url.ConnectionString);

    private static Task<ConfigResult> Validate(ConfigOptions options) =>
        new ConfigValidator(options, new Redactor()).ValidateAsync(CancellationToken.None);

    /// <summary>A production that was deployed before: a table and a journal row.</summary>
    private async Task<DatabaseUrl> DeployedAsync(string purpose)
    {
        var db = await fixture.CreateDatabaseAsync(purpose);
        await Db.ExecAsync(db, """
            create table accounts (id int primary key);
            create table schemaversions (schemaversionsid serial primary key, scriptname varchar(255) not null,
                applied timestamp not null, checksum varchar(64));
            insert into schemaversions (scriptname, applied) values ('0001_accounts.sql', now());
            """);
        return db;
    }

    [Fact]
    public async Task A_deployed_production_passes_and_its_fingerprint_is_system_identifier_database_oid()
    {
        var prod = await DeployedAsync("cfg-ok");

        var result = await Validate(new ConfigOptions { Production = Prod(prod) });

        Assert.Empty(result.Findings);
        var sysid = await Db.ScalarAsync<long>(prod, "select system_identifier from pg_control_system()");
        var oid = await Db.ScalarAsync<uint>(prod, "select oid from pg_database where datname = current_database()");
        Assert.Equal($"{sysid}/{prod.Database}/{oid}", result.Production!.Text);
        Assert.Equal(await Db.ScalarAsync<string>(prod, "show server_version"), result.Production.ServerVersion);
        Assert.Equal(1, result.Contents!.JournalRows);
        Assert.Contains(result.Notes, n => n.Contains(result.Production.Text) && n.Contains(prod.Display));
    }

    [Fact]
    public async Task An_expected_fingerprint_that_differs_is_SG005_naming_both()
    {
        var prod = await DeployedAsync("cfg-fp");
        var actual = (await Validate(new ConfigOptions { Production = Prod(prod) })).Production!.Text;
        var other = await fixture.CreateDatabaseAsync("cfg-fp-other");
        var expected = (await Validate(new ConfigOptions { Production = Prod(other), FirstDeploy = true })).Production!.Text;

        var wrong = await Validate(new ConfigOptions { Production = Prod(prod), ExpectedProdFingerprint = expected });
        var right = await Validate(new ConfigOptions { Production = Prod(prod), ExpectedProdFingerprint = actual });

        var finding = Assert.Single(wrong.Findings);
        Assert.Equal(ConfigRules.FingerprintMismatch.Id, finding.RuleId);
        Assert.Contains(actual, finding.Message);
        Assert.Contains(expected, finding.Message);
        Assert.True(Judge.IsBlocking(finding, strict: false));
        Assert.False(wrong.SettingsUnusable);
        Assert.Empty(right.Findings);
        Assert.Contains(right.ChecksDone, t => t.Contains("matches --expected-prod-fingerprint"));
    }

    [Fact]
    public async Task An_empty_production_is_SG009_unless_first_deploy()
    {
        var prod = await fixture.CreateDatabaseAsync("cfg-empty");
        // A journal table without rows still counts as empty.
        await Db.ExecAsync(prod, "create table schemaversions (schemaversionsid serial primary key, scriptname varchar(255) not null, applied timestamp not null)");

        var refused = await Validate(new ConfigOptions { Production = Prod(prod) });
        var allowed = await Validate(new ConfigOptions { Production = Prod(prod), FirstDeploy = true });

        var finding = Assert.Single(refused.Findings);
        Assert.Equal(ConfigRules.EmptyProduction.Id, finding.RuleId);
        Assert.Contains("--first-deploy", finding.Message);
        Assert.Empty(allowed.Findings);
        Assert.Contains(allowed.ChecksDone, t => t.Contains("--first-deploy"));
    }

    [Fact]
    public async Task Tables_without_a_journal_are_SG010_pointing_at_Baseline()
    {
        var prod = await fixture.CreateDatabaseAsync("cfg-nojournal");
        await Db.ExecAsync(prod, "create schema app; create table app.customers (id int primary key); create table orders (id int)");

        var result = await Validate(new ConfigOptions { Production = Prod(prod), FirstDeploy = true });

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ConfigRules.NoJournal.Id, finding.RuleId);
        Assert.Contains("Baseline --baseline-version", finding.Message);
        Assert.Equal(2, result.Contents!.UserTables);
    }

    [Fact]
    public async Task Separate_strategy_refuses_the_same_instance_and_names_the_same_database()
    {
        var prod = await DeployedAsync("cfg-sep-prod");
        var dev = await fixture.CreateDatabaseAsync("cfg-sep-dev");

        var sameInstance = await Validate(new ConfigOptions { Production = Prod(prod), Development = Dev(dev), Strategy = DatabaseStrategy.Separate });
        var sameDatabase = await Validate(new ConfigOptions { Production = Prod(prod), Development = Dev(prod), Strategy = DatabaseStrategy.Separate });

        var instance = Assert.Single(sameInstance.Findings);
        Assert.Equal(ConfigRules.SeparateStrategyMismatch.Id, instance.RuleId);
        Assert.Contains("same PostgreSQL instance", instance.Message);
        var database = Assert.Single(sameDatabase.Findings);
        Assert.Equal(ConfigRules.SeparateStrategyMismatch.Id, database.RuleId);
        Assert.Contains("production and development point at the same database", database.Message);
    }

    [Fact]
    public async Task Shared_strategy_passes_on_one_instance_and_refuses_another_instance()
    {
        var prod = await DeployedAsync("cfg-shared-prod");
        var dev = await fixture.CreateDatabaseAsync("cfg-shared-dev");

        var shared = await Validate(new ConfigOptions { Production = Prod(prod), Development = Dev(dev), Strategy = DatabaseStrategy.Shared });
        Assert.Empty(shared.Findings);
        Assert.Contains(shared.ChecksDone, t => t.Contains("database strategy shared"));

        // Another instance: a second server, started for this test only. Copies of one cached initdb template share
        // a system_identifier, so it gets a template of its own (a fresh cache root: one initdb, about a second).
        var root = Path.Combine(Path.GetTempPath(), "schemagate-tests-other-" + Guid.NewGuid().ToString("N")[..8]);
        var options = TestEnvironment.Options() with { WorkRoot = Path.Combine(root, "work"), CacheRoot = Path.Combine(root, "cache") };
        var other = await LocalPostgresServer.StartAsync(options, CancellationToken.None);
        try
        {
            var elsewhere = await other.CreateDatabaseAsync("cfg-shared-other", CancellationToken.None);
            var refused = await Validate(new ConfigOptions { Production = Prod(prod), Development = Dev(elsewhere), Strategy = DatabaseStrategy.Shared });
            var separate = await Validate(new ConfigOptions { Production = Prod(prod), Development = Dev(elsewhere), Strategy = DatabaseStrategy.Separate });

            var finding = Assert.Single(refused.Findings);
            Assert.Equal(ConfigRules.SharedStrategyMismatch.Id, finding.RuleId);
            Assert.Contains(refused.Production!.Instance, finding.Message);
            Assert.Contains(refused.Development!.Instance, finding.Message);
            Assert.Empty(separate.Findings);
        }
        finally
        {
            await other.DisposeAsync();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [Fact]
    public async Task A_role_without_pg_control_system_gets_a_host_port_fingerprint_and_SG006()
    {
        var prod = await DeployedAsync("cfg-norole");
        var role = "sg_ro_" + Guid.NewGuid().ToString("N")[..10];
        await Db.ExecAsync(prod, $"create role {role} login; revoke execute on function pg_control_system() from public; grant select on all tables in schema public to {role}");
        try
        {
            var asRole = prod.With(b => { b.Username = role; b.Password = null; });

            var result = await Validate(new ConfigOptions { Production = Prod(asRole) });

            Assert.False(result.Production!.HasSystemIdentifier);
            Assert.StartsWith($"{asRole.Builder.Host}:{asRole.Builder.Port}/{prod.Database}/", result.Production.Text);
            var finding = Assert.Single(result.Findings);
            Assert.Equal(ConfigRules.FingerprintFallback.Id, finding.RuleId);
            Assert.False(Judge.IsBlocking(finding, strict: false));
        }
        finally
        {
            await Db.ExecAsync(prod, $"drop owned by {role}; drop role {role}");
        }
    }

    [Fact]
    public async Task Unreachable_production_is_an_infrastructure_failure_without_the_password()
    {
        const string secret = "N0t-F0r-Your-Eyes";
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
        var setting = new ConnectionSetting("production", "--prod-url", "--prod-url", $"postgres://app:{secret}@127.0.0.1:{port}/prod");

        var ex = await Assert.ThrowsAsync<InfrastructureException>(() =>
            Validate(new ConfigOptions { Production = setting, Session = new() { ConnectTimeout = TimeSpan.FromSeconds(2) } }));

        Assert.Equal(ExitCodes.Infrastructure, ex.ExitCode);
        Assert.Contains("connection refused", ex.Message);
        Assert.Contains($"127.0.0.1:{port}", ex.Message);
        Assert.DoesNotContain(secret, ex.ToString());
    }

    [Fact]
    public async Task Production_is_only_read()
    {
        var prod = await fixture.CreateDatabaseAsync("cfg-readonly");
        var before = await Db.ScalarAsync<long>(prod, "select count(*) from pg_class");

        await Validate(new ConfigOptions { Production = Prod(prod), FirstDeploy = true });

        Assert.Equal(before, await Db.ScalarAsync<long>(prod, "select count(*) from pg_class"));
        Assert.False(await Db.TableExistsAsync(prod, "public.schemaversions"));
    }
}
