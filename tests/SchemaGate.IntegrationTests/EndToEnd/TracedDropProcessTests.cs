using System.Text.Json;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.EndToEnd;

/// <summary>
/// The sample project plus a script whose DO block drops a column: only the traced analysis can see it. The build
/// host refuses it with SG202 at that file and line, and with a production URL says how many rows hold a value.
/// </summary>
public sealed class TracedDropProcessTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string DropScript = "0011_drop_alert_payload.sql";

    private const string DropSql = """
        -- Alert payloads now live in the archive.
        create table alert_archive (alert_id bigint primary key, archived_at timestamptz not null default now());

        do $$
        begin
          execute format('alter table %I drop column %I', 'alerts', 'payload');
        end $$;
        """;

    private static (string Name, string Sql)[] SampleProject()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        var migrations = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "migrations");
        return Directory.GetFiles(migrations, "*.sql").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
    }

    private static JsonElement Sg202(BuildProcess build) =>
        Assert.Single(JsonDocument.Parse(File.ReadAllText(build.ReportJson)).RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("ruleId").GetString() == "SG202");

    [Fact]
    public async Task A_column_dropped_in_a_DO_block_refuses_with_SG202_at_the_block_and_gives_productions_row_count()
    {
        using var build = new BuildProcess([.. SampleProject(), (DropScript, DropSql)]);

        var (code, output) = await build.RunAsync("DeployCheck");

        Assert.True(code == 1, output);
        var finding = Sg202(build);
        Assert.Equal("migrations/" + DropScript, finding.GetProperty("file").GetString());
        Assert.Equal(4, finding.GetProperty("line").GetInt32());
        Assert.Equal("public.alerts.payload", finding.GetProperty("object").GetString());

        // Production: the sample deployed and 30 alerts (payload is NOT NULL with a default: every row holds a value).
        var production = await fixture.CreateDatabaseAsync("prod");
        var deployed = await MigrationSource.LoadAsync(Path.Combine(build.Root, "migrations"), build.Root, CancellationToken.None);
        var result = await new MigrationRunner(new MigrationRunnerOptions())
            .ApplyAsync(production, deployed.Scripts.Where(s => s.FileName != DropScript).ToList(), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        await Db.ExecAsync(production, "insert into alerts (severity, title) select 1 + g % 5, 'alert ' || g from generate_series(1, 30) g;");

        var (prodCode, prodOutput) = await build.RunAsync("DeployCheck", "--prod-url", production.ConnectionString);

        Assert.True(prodCode == 1, prodOutput);
        var message = Sg202(build).GetProperty("message").GetString();
        Assert.Contains("drops column public.alerts.payload: 30 rows hold a value (table: 30 rows,", message, StringComparison.Ordinal);
        Assert.Equal(30L, await Db.ScalarAsync<long>(production, "select count(*) from alerts"));
    }

    [Theory]
    [InlineData("0011_purge_alerts.sql", "do $$ begin execute 'truncate ' || 'alerts'; end $$;", "SG205", 1, "deletes every row of public.alerts (30 rows,")]
    [InlineData("0011_purge_alerts.sql", "create function purge_alerts() returns void language plpgsql as $$ begin delete from alerts; end $$;\nselect purge_alerts();", "SG206", 2, "deletes every row of public.alerts (30 rows,")]
    [InlineData("0011_purge_alerts.sql", "create procedure flatten() language plpgsql as $$ begin update alerts set severity = 1; end $$;\ncall flatten();", "SG207", 2, "overwrites every row of public.alerts (30 rows,")]
    public async Task Row_loss_hidden_in_dynamic_SQL_or_a_routine_refuses_DeployCheck_with_productions_row_count(string file, string sql, string rule, int line, string impact)
    {
        using var build = new BuildProcess([.. SampleProject(), (file, sql)]);
        var production = await fixture.CreateDatabaseAsync("prod");
        var deployed = await MigrationSource.LoadAsync(Path.Combine(build.Root, "migrations"), build.Root, CancellationToken.None);
        var result = await new MigrationRunner(new MigrationRunnerOptions())
            .ApplyAsync(production, deployed.Scripts.Where(s => s.FileName != file).ToList(), CancellationToken.None);
        Assert.True(result.Succeeded, result.Failure?.Describe());
        await Db.ExecAsync(production, "insert into alerts (severity, title) select 1 + g % 5, 'alert ' || g from generate_series(1, 30) g;");

        var (code, output) = await build.RunAsync("DeployCheck", "--strict", "--prod-url", production.ConnectionString);

        Assert.True(code == 1, output);
        var finding = Assert.Single(JsonDocument.Parse(File.ReadAllText(build.ReportJson)).RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("ruleId").GetString() == rule);
        Assert.Equal("migrations/" + file, finding.GetProperty("file").GetString());
        Assert.Equal(line, finding.GetProperty("line").GetInt32());
        Assert.True(finding.GetProperty("blocks").GetBoolean());
        Assert.Contains(impact, finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(30, finding.GetProperty("evidence").GetProperty("impact").GetProperty("rows").GetInt32());
        Assert.Equal("ran", finding.GetProperty("evidence").GetProperty("trace")[0].GetProperty("kind").GetString());
        Assert.Equal(30L, await Db.ScalarAsync<long>(production, "select count(*) from alerts"));
    }
}
