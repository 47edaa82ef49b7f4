using SchemaGate.Failures;
using SchemaGate.Hosting;

namespace SchemaGate.Tests.Hosting;

public sealed class TargetGraphTests : IDisposable
{
    private readonly HostHarness _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Dependencies_run_first_in_order()
    {
        var build = new GraphBuild();
        var (outcome, _) = await _host.RunAsync(build, ["Test"]);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal(["Restore", "Compile", "Test"], build.Ran);
        Assert.All(outcome.Results, r => Assert.Equal(TargetStatus.Succeeded, r.Status));
        Assert.Equal([PlanReason.Dependency, PlanReason.Dependency, PlanReason.Requested], outcome.Results.Select(r => r.Reason));
    }

    [Fact]
    public async Task After_orders_without_adding_the_other_target()
    {
        var both = new GraphBuild();
        await _host.RunAsync(both, ["Lint", "Test"]);
        Assert.Equal(["Restore", "Compile", "Test", "Lint", "Report"], both.Ran);

        var alone = new GraphBuild();
        await _host.RunAsync(alone, ["Lint"]);
        Assert.Equal(["Lint", "Report"], alone.Ran);
    }

    [Fact]
    public async Task Before_is_the_inverse_of_After()
    {
        var build = new GraphBuild();
        await _host.RunAsync(build, ["Compile", "Clean"]);

        Assert.Equal(["Clean", "Restore", "Compile"], build.Ran);
    }

    [Fact]
    public async Task Triggers_add_the_target_and_run_it_afterwards()
    {
        var build = new GraphBuild();
        var (outcome, _) = await _host.RunAsync(build, ["Pack"]);

        Assert.Equal(["Restore", "Compile", "Pack", "Notify"], build.Ran);
        Assert.Equal(PlanReason.Triggered, outcome.Results.Single(r => r.Name == "Notify").Reason);
    }

    [Fact]
    public async Task Targets_can_be_given_with_target_option_plus_separated_or_repeated()
    {
        var plus = new GraphBuild();
        await _host.RunAsync(plus, ["--target", "Clean+Restore"]);
        Assert.Equal(["Clean", "Restore"], plus.Ran);

        var repeated = new GraphBuild();
        await _host.RunAsync(repeated, ["--target", "Restore", "--target", "clean"]);
        Assert.Equal(["Clean", "Restore"], repeated.Ran);
    }

    [Fact]
    public async Task Skip_named_targets_marks_them_skipped()
    {
        var build = new GraphBuild();
        var (outcome, _) = await _host.RunAsync(build, ["Test", "--skip", "Compile"]);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal(["Restore", "Test"], build.Ran);
        Assert.Equal(TargetStatus.Skipped, outcome.StatusOf("Compile"));
    }

    [Fact]
    public async Task Bare_skip_runs_only_the_named_targets()
    {
        var build = new GraphBuild();
        var (outcome, _) = await _host.RunAsync(build, ["Test", "--skip"]);

        Assert.Equal(["Test"], build.Ran);
        Assert.Equal(TargetStatus.Skipped, outcome.StatusOf("Restore"));
        Assert.Equal(TargetStatus.Skipped, outcome.StatusOf("Compile"));
    }

    [Fact]
    public async Task OnlyWhen_false_is_skipped_and_the_run_passes()
    {
        var build = new GraphBuild { RunConditional = false };
        var (outcome, _) = await _host.RunAsync(build, ["Maybe", "Restore"]);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal(TargetStatus.Skipped, outcome.StatusOf("Maybe"));
        Assert.Equal(["Restore"], build.Ran);
    }

    [Fact]
    public async Task A_failure_leaves_the_rest_not_run_but_assured_targets_and_teardown_run()
    {
        var build = new GraphBuild();
        build.AddTeardown("first");
        build.AddTeardown("second");
        var (outcome, output) = await _host.RunAsync(build, ["Fails", "AfterFailure", "Teardown"]);

        Assert.Equal(ExitCodes.Infrastructure, outcome.ExitCode);
        Assert.Equal(TargetStatus.Failed, outcome.StatusOf("Fails"));
        Assert.Equal(TargetStatus.NotRun, outcome.StatusOf("AfterFailure"));
        Assert.Equal(TargetStatus.Succeeded, outcome.StatusOf("Teardown"));
        Assert.Equal(["Restore", "Compile", "Fails", "Teardown"], build.Ran);
        Assert.Equal(["second", "first", "OnTeardownAsync"], build.TornDown);
        Assert.Contains("boom", output);
    }

    [Fact]
    public async Task Cancellation_aborts_the_running_target_then_runs_assured_targets_and_teardown()
    {
        var build = new GraphBuild();
        build.AddTeardown("resource");
        using var cancel = new CancellationTokenSource();
        var run = _host.RunAsync(build, ["Waits", "AfterFailure", "Teardown"], cancellation: cancel.Token);
        await build.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancel.Cancel();
        var (outcome, _) = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(ExitCodes.Infrastructure, outcome.ExitCode);
        Assert.Equal(TargetStatus.Aborted, outcome.StatusOf("Waits"));
        Assert.Equal(TargetStatus.NotRun, outcome.StatusOf("AfterFailure"));
        Assert.Equal(TargetStatus.Succeeded, outcome.StatusOf("Teardown"));
        Assert.Equal(["resource", "OnTeardownAsync"], build.TornDown);
    }

    [Fact]
    public async Task Teardown_runs_even_when_the_run_never_starts()
    {
        var build = new GraphBuild();
        build.AddTeardown("resource");
        var (outcome, _) = await _host.RunAsync(build, ["NoSuchTarget"]);

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Equal(["resource", "OnTeardownAsync"], build.TornDown);
    }

    [Fact]
    public async Task A_cycle_is_reported_with_its_targets()
    {
        var (outcome, output) = await _host.RunAsync(new CycleBuild(), ["A"]);

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("cycle", output);
        Assert.Contains("A -> B -> C -> A", output);
    }

    [Fact]
    public async Task Requires_fails_with_exit_2_naming_the_parameter_before_anything_runs()
    {
        var build = new GraphBuild();
        var (outcome, output) = await _host.RunAsync(build, ["Restore", "Publish"]);

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("--prod-url", output);
        Assert.Contains("PROD_URL", output);
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task Requires_passes_once_the_parameter_has_a_value()
    {
        _host.Environment["PROD_URL"] = "postgres://ro:pw123@prod/db";
        var build = new GraphBuild();
        var (outcome, _) = await _host.RunAsync(build, ["Publish"]);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal(["Publish"], build.Ran);
    }

    [Fact]
    public async Task Unknown_target_is_exit_2_listing_the_valid_ones()
    {
        var (outcome, output) = await _host.RunAsync(new GraphBuild(), ["Tset"]);

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("Tset", output);
        Assert.Contains("Restore, Compile, Test", output);
    }

    [Fact]
    public async Task The_default_target_runs_when_none_is_named()
    {
        var build = new GraphBuild();
        var (outcome, _) = await _host.RunAsync(build, [], b => b.Compile);

        Assert.Equal(ExitCodes.Pass, outcome.ExitCode);
        Assert.Equal(["Restore", "Compile"], build.Ran);
    }

    [Fact]
    public async Task No_target_and_no_default_is_exit_2()
    {
        var (outcome, output) = await _host.RunAsync(new GraphBuild(), []);

        Assert.Equal(ExitCodes.Usage, outcome.ExitCode);
        Assert.Contains("No target", output);
    }
}
