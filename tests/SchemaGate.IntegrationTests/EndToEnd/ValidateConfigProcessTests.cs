using System.Diagnostics;
using System.Text.Json;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.EndToEnd;

/// <summary>ValidateConfig as users meet it: the build host as a process, settings from the environment, real exit codes.</summary>
public sealed class ValidateConfigProcessTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private static readonly (string, string)[] Sample = [("0001_t.sql", "create table t (id int primary key);")];

    private static JsonElement Report(BuildProcess build) => JsonDocument.Parse(File.ReadAllText(build.ReportJson)).RootElement;

    private static string[] RuleIds(BuildProcess build) =>
        Report(build).GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToArray();

    /// <summary>Like <see cref="BuildProcess.RunAsync"/>, with extra environment variables (which it clears).</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(BuildProcess build, IDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = build.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(BuildProcess.BuildDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TMPDIR"] = build.Tmp;
        psi.Environment["NO_COLOR"] = "1";
        foreach (var name in new[] { "GITHUB_ACTIONS", "PROD_URL", "DATABASE_URL", "DEV_URL" }) psi.Environment.Remove(name);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        using var p = Process.Start(psi)!;
        var so = p.StandardOutput.ReadToEndAsync();
        var se = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(cts.Token);
        return (p.ExitCode, await so + await se);
    }

    [Fact]
    public async Task A_sqlite_DATABASE_URL_in_production_exits_2_about_SQLite_and_still_writes_the_report()
    {
        using var build = new BuildProcess(Sample);

        var (code, output) = await RunAsync(build, new Dictionary<string, string> { ["DATABASE_URL"] = "sqlite:///app.db" },
            "DeployCheck", "--environment", "production");

        Assert.True(code == 2, output);
        Assert.Contains("SQLite", output);
        Assert.Contains("fallback trap", output);
        Assert.Matches(@"ValidateConfig\s+Failed", output);
        Assert.Matches(@"ApplyMigrations\s+NotRun", output);
        Assert.Equal(["SG002"], RuleIds(build));
        Assert.Equal("fail", Report(build).GetProperty("verdict").GetString());
        Assert.Empty(build.LeftoverInstances());
    }

    [Fact]
    public async Task A_malformed_PROD_URL_exits_2_naming_the_problem_and_never_the_password()
    {
        const string secret = "Pr0d-Passw0rd-Never-Shown";
        using var build = new BuildProcess(Sample);

        var (code, output) = await RunAsync(build, new Dictionary<string, string> { ["PROD_URL"] = $"postgres://app:{secret}@db.invalid:99999/app" },
            "DeployCheck", "--environment", "production");

        Assert.True(code == 2, output);
        Assert.Contains("--prod-url is malformed: its port is outside 1-65535", output);
        Assert.DoesNotContain(secret, output);
        Assert.DoesNotContain(secret, await File.ReadAllTextAsync(build.ReportJson));
        Assert.Equal(["SG001"], RuleIds(build));
    }

    [Fact]
    public async Task A_fingerprint_mismatch_exits_1_naming_both_and_the_right_one_passes()
    {
        var prod = await fixture.CreateDatabaseAsync("e2e-fingerprint");
        var sysid = await Db.ScalarAsync<long>(prod, "select system_identifier from pg_control_system()");
        var oid = await Db.ScalarAsync<uint>(prod, "select oid from pg_database where datname = current_database()");
        var actual = $"{sysid}/{prod.Database}/{oid}";
        const string expected = "7000000000000000001/app/16384";
        using var build = new BuildProcess(Sample);
        var env = new Dictionary<string, string> { ["PROD_URL"] = prod.ConnectionString };

        var (code, output) = await RunAsync(build, env, "DeployCheck", "--first-deploy", "--expected-prod-fingerprint", expected);

        Assert.True(code == 1, output);
        Assert.Contains($"has the fingerprint {actual}, but --expected-prod-fingerprint is {expected}", output);
        Assert.Equal(["SG005"], RuleIds(build));
        var config = Report(build).GetProperty("context").GetProperty("configuration");
        Assert.Equal(actual, config.GetProperty("productionFingerprint").GetString());
        Assert.Matches(@"SpinUpEphemeralDb\s+NotRun", output);

        var (again, passed) = await RunAsync(build, env, "DeployCheck", "--first-deploy", "--expected-prod-fingerprint", actual);

        Assert.True(again == 0, passed);
        Assert.Contains($"fingerprint {actual}", passed);
        Assert.DoesNotContain("SG005", RuleIds(build));
        Assert.Empty(build.LeftoverInstances());
    }

    [Fact]
    public async Task An_empty_production_without_first_deploy_exits_1()
    {
        var prod = await fixture.CreateDatabaseAsync("e2e-empty");
        using var build = new BuildProcess(Sample);

        var (code, output) = await RunAsync(build, new Dictionary<string, string> { ["PROD_URL"] = prod.ConnectionString }, "ValidateConfig");

        Assert.True(code == 1, output);
        Assert.Contains("SG009", output);
        Assert.Contains("--first-deploy", output);
    }

    [Fact]
    public async Task A_hand_built_production_is_sent_to_Baseline_which_adopts_it_once()
    {
        var prod = await fixture.CreateDatabaseAsync("e2e-baseline");
        await Db.ExecAsync(prod, "create table t (id int primary key)");
        using var build = new BuildProcess(Sample.Append(("0002_u.sql", "create table u (id int);")).ToArray());
        var env = new Dictionary<string, string> { ["PROD_URL"] = prod.ConnectionString };

        var (refused, before) = await RunAsync(build, env, "ValidateConfig");
        Assert.True(refused == 1, before);
        Assert.Contains("SG010", before);

        var (code, output) = await RunAsync(build, env, "Baseline", "--baseline-version", "1");
        Assert.True(code == 0, output);
        Assert.Equal(["0001_t.sql"], (await Db.JournalAsync(prod)).Select(j => j.Name));

        var (again, twice) = await RunAsync(build, env, "Baseline", "--baseline-version", "1");
        Assert.True(again == 2, twice);
        Assert.Contains("already has 1 row(s) in the journal", twice);

        var (valid, after) = await RunAsync(build, env, "ValidateConfig");
        Assert.True(valid == 0, after);
        Assert.Empty(build.LeftoverInstances());
    }
}
