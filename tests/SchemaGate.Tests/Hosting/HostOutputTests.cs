using SchemaGate.Failures;
using SchemaGate.Hosting;

namespace SchemaGate.Tests.Hosting;

public sealed class HostOutputTests : IDisposable
{
    private readonly HostHarness _host = new();

    public void Dispose() => _host.Dispose();

    private static string[] Lines(string output) => output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public async Task Plan_prints_the_order_with_reasons_and_runs_nothing()
    {
        var build = new GraphBuild();
        var (outcome, output) = await _host.RunAsync(build, ["Pack", "--plan"]);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Empty(build.Ran);
        var steps = Lines(output).Where(l => l.TrimStart().Length > 0 && char.IsDigit(l.TrimStart()[0])).ToArray();
        Assert.Equal(4, steps.Length);
        Assert.Matches(@"1\. Restore\s+\(dependency of Compile\)", steps[0]);
        Assert.Matches(@"2\. Compile\s+\(dependency of Pack\)", steps[1]);
        Assert.Matches(@"3\. Pack\s+\(requested\)", steps[2]);
        Assert.Matches(@"4\. Notify\s+\(triggered by Pack\)", steps[3]);
    }

    [Fact]
    public async Task Plan_shows_skipped_targets()
    {
        var (_, output) = await _host.RunAsync(new GraphBuild(), ["Compile", "--skip", "Restore", "--plan"]);

        Assert.Matches(@"Restore\s+\(dependency of Compile, skipped\)", output);
    }

    [Fact]
    public async Task Help_lists_targets_dependencies_descriptions_default_and_parameters()
    {
        var build = new GraphBuild();
        var (outcome, output) = await _host.RunAsync(build, ["--help"], b => b.Test);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Empty(build.Ran);
        var test = Lines(output).Single(l => l.TrimStart().StartsWith("Test", StringComparison.Ordinal));
        Assert.Contains("(default)", test);
        Assert.Contains("Compile", test);
        Assert.Contains("Run tests", test);
        var compile = Lines(output).Single(l => l.TrimStart().StartsWith("Compile", StringComparison.Ordinal));
        Assert.Contains("Restore", compile);
        Assert.Contains("Build the solution", compile);
        Assert.DoesNotContain("(default)", compile);
        Assert.DoesNotContain(Lines(output), l => l.TrimStart().StartsWith("Notify", StringComparison.Ordinal));
        Assert.Contains("--prod-url", output);
        Assert.Contains("PROD_URL", output);
        Assert.Contains("Production URL", output);
    }

    [Fact]
    public async Task Help_shows_parameter_types_allowed_values_and_defaults()
    {
        var (_, output) = await _host.RunAsync(new ParameterBuild(), ["-h"]);

        Assert.Contains("--migrations-dir", output);
        Assert.Contains("MIGRATIONS_DIR", output);
        Assert.Contains("default: migrations", output);
        Assert.Contains("allowed: Check, Apply", output);
        Assert.Contains("allowed: Red, Green", output);
        Assert.Contains("--lock-timeout", output);
        Assert.Contains("default: 10s", output);
        Assert.Contains("--database-name", output);
    }

    public static TheoryData<Exception, int> Failures => new()
    {
        { new GateRefusedException("gate says no"), ExitCodes.Refused },
        { new UsageException("bad policy file"), ExitCodes.Usage },
        { new InfrastructureException("server unreachable"), ExitCodes.Infrastructure },
        { new InvalidOperationException("a bug"), ExitCodes.Infrastructure },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failed_target_maps_to_its_exit_code(Exception failure, int expected)
    {
        var (outcome, output) = await _host.RunAsync(new ThrowingBuild { ToThrow = failure }, ["Check"]);

        Assert.Equal(expected, outcome.ExitCode);
        Assert.Equal(TargetStatus.Failed, outcome.StatusOf("Check"));
        Assert.Contains(failure.Message, outcome.Results.Single().Error);
        Assert.Contains($"Build failed (exit {expected})", output);
    }

    [Fact]
    public async Task Stack_traces_are_printed_only_when_verbose()
    {
        var quiet = await _host.RunAsync(new ThrowingBuild { ToThrow = Thrown() }, ["Check"]);
        var verbose = await _host.RunAsync(new ThrowingBuild { ToThrow = Thrown() }, ["Check", "--verbose"]);

        Assert.DoesNotContain("   at ", quiet.Output);
        Assert.Contains("   at ", verbose.Output);
        Assert.Contains(nameof(ThrowingBuild), verbose.Output);
    }

    private static Exception Thrown()
    {
        try { throw new InvalidOperationException("deep"); }
        catch (InvalidOperationException e) { return e; }
    }

    [Fact]
    public async Task Summary_lists_every_target_with_status_and_a_total_line()
    {
        var build = new GraphBuild();
        var (_, output) = await _host.RunAsync(build, ["Fails", "AfterFailure", "Teardown"]);

        var lines = Lines(output);
        var header = Array.FindIndex(lines, l => l.StartsWith("Target", StringComparison.Ordinal) && l.Contains("Status") && l.Contains("Duration"));
        Assert.True(header >= 0, output);
        var rows = lines.Skip(header + 2).TakeWhile(l => !l.StartsWith("---", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, rows.Length);
        Assert.Matches(@"^Restore\s+Succeeded\s+\d:\d\d\.\d{3}$", rows[0]);
        Assert.Matches(@"^Fails\s+Failed\s+\d:\d\d\.\d{3}\s+InvalidOperationException: boom$", rows[2]);
        Assert.Matches(@"^AfterFailure\s+NotRun", rows[3]);
        Assert.Matches(@"^Teardown\s+Succeeded", rows[4]);
        Assert.Contains(lines, l => l.StartsWith("Total", StringComparison.Ordinal) && l.Contains("Build failed (exit 3)"));
    }

    [Fact]
    public async Task The_error_line_of_the_summary_is_redacted()
    {
        _host.Environment["PROD_URL"] = "postgres://ro:s3cr3t-pw@prod/db";
        var build = new ThrowingBuildWithSecret();
        var (outcome, output) = await _host.RunAsync(build, ["Check", "--verbose"]);

        Assert.Equal(ExitCodes.Infrastructure, outcome.ExitCode);
        Assert.DoesNotContain("s3cr3t-pw", output);
        Assert.Contains("could not reach ***", output);
        Assert.Contains("could not reach ***", outcome.Results.Single().Error);
    }

    [Fact]
    public async Task On_GitHub_Actions_each_target_is_a_group()
    {
        _host.Environment["GITHUB_ACTIONS"] = "true";
        var build = new LoggingBuild();
        var (_, output) = await _host.RunAsync(build, ["Second"]);

        var lines = Lines(output);
        var firstGroup = Array.IndexOf(lines, "::group::First");
        var secondGroup = Array.IndexOf(lines, "::group::Second");
        Assert.True(firstGroup >= 0 && secondGroup > firstGroup, output);
        Assert.Equal("in First", lines[firstGroup + 1]);
        Assert.Equal("::endgroup::", lines[firstGroup + 2]);
        Assert.Equal("in Second", lines[secondGroup + 1]);
        Assert.Equal("::endgroup::", lines[secondGroup + 2]);
    }

    [Fact]
    public async Task Off_GitHub_Actions_there_are_no_workflow_commands()
    {
        _host.Environment["PROD_URL"] = "postgres://ro:s3cr3t-pw@prod/db";
        var (_, output) = await _host.RunAsync(new LoggingBuild(), ["Second"]);

        Assert.DoesNotContain("::", output);
    }

    [Fact]
    public async Task On_GitHub_Actions_secrets_are_masked_before_anything_else_is_printed()
    {
        _host.Environment["GITHUB_ACTIONS"] = "true";
        _host.Environment["PROD_URL"] = "postgres://ro:s3cr3t-pw@prod/db";
        var (_, output) = await _host.RunAsync(new LoggingBuild(), ["Second"]);

        var lines = Lines(output);
        Assert.Equal("::add-mask::postgres://ro:s3cr3t-pw@prod/db", lines[0]);
        var lastMask = Array.FindLastIndex(lines, l => l.StartsWith("::add-mask::", StringComparison.Ordinal));
        Assert.All(lines.Skip(lastMask + 1), l => Assert.DoesNotContain("s3cr3t-pw", l));
        Assert.Contains("url=***", output);
    }

    [Fact]
    public async Task Secrets_registered_by_a_target_are_masked_when_registered()
    {
        _host.Environment["GITHUB_ACTIONS"] = "true";
        var (_, output) = await _host.RunAsync(new LoggingBuild(), ["Late"]);

        var lines = Lines(output);
        var mask = Array.IndexOf(lines, "::add-mask::token-123456");
        Assert.True(mask >= 0, output);
        Assert.Contains(lines.Skip(mask + 1), l => l == "token is ***");
        Assert.DoesNotContain(lines.Take(mask), l => l.Contains("token-123456"));
    }
}

internal sealed class ThrowingBuildWithSecret : BuildHost
{
    [Parameter("Production URL", Secret = true, EnvironmentNames = ["PROD_URL"])] public string? ProdUrl = null;

    public Target Check => _ => _.Executes(() => throw new InvalidOperationException($"could not reach {ProdUrl}\nsecond line"));
}

internal sealed class LoggingBuild : BuildHost
{
    [Parameter("Production URL", Secret = true, EnvironmentNames = ["PROD_URL"])] public string? ProdUrl = null;

    public Target First => _ => _.Executes(() => Log.WriteLine("in First"));

    public Target Second => _ => _
        .DependsOn(First)
        .Executes(() =>
        {
            Log.WriteLine("in Second");
            if (ProdUrl is not null) Log.WriteLine($"url={ProdUrl}");
        });

    public Target Late => _ => _.Executes(() =>
    {
        Redactor.Add("token-123456");
        Log.WriteLine("token is token-123456");
    });
}
