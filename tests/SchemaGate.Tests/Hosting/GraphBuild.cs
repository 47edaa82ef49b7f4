using SchemaGate.Failures;
using SchemaGate.Hosting;

namespace SchemaGate.Tests.Hosting;

/// <summary>A build whose targets record the order they ran in; behaviour is switched by public fields.</summary>
internal sealed class GraphBuild : BuildHost
{
    public List<string> Ran { get; } = [];
    public bool RunConditional = true;
    public Exception? FailWith = null;
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Parameter("Production URL", Secret = true, EnvironmentNames = ["PROD_URL"])] public string? ProdUrl = null;

    public Target Restore => _ => _
        .Description("Restore packages")
        .Executes(() => Ran.Add(nameof(Restore)));

    public Target Compile => _ => _
        .Description("Build the solution")
        .DependsOn(Restore)
        .Executes(() => Ran.Add(nameof(Compile)));

    public Target Test => _ => _
        .Description("Run tests")
        .DependsOn(Compile)
        .Executes(() => Ran.Add(nameof(Test)));

    public Target Lint => _ => _
        .Description("Lint scripts")
        .After(Test)
        .Executes(() => Ran.Add(nameof(Lint)));

    public Target Clean => _ => _
        .Before(Restore)
        .Executes(() => Ran.Add(nameof(Clean)));

    public Target Pack => _ => _
        .DependsOn(Compile)
        .Triggers(Notify)
        .Executes(() => Ran.Add(nameof(Pack)));

    public Target Notify => _ => _
        .Unlisted()
        .Executes(() => Ran.Add(nameof(Notify)));

    public Target Report => _ => _
        .TriggeredBy(Lint)
        .Executes(() => Ran.Add(nameof(Report)));

    public Target Maybe => _ => _
        .OnlyWhen(() => RunConditional)
        .Executes(() => Ran.Add(nameof(Maybe)));

    public Target Fails => _ => _
        .DependsOn(Compile)
        .Executes(() =>
        {
            Ran.Add(nameof(Fails));
            throw FailWith ?? new InvalidOperationException("boom");
        });

    public Target Waits => _ => _
        .DependsOn(Compile)
        .Executes(async ct =>
        {
            Ran.Add(nameof(Waits));
            Started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });

    public Target AfterFailure => _ => _
        .After(Fails, Waits)
        .Executes(() => Ran.Add(nameof(AfterFailure)));

    public Target Teardown => _ => _
        .After(Fails, Waits, AfterFailure)
        .AssuredAfterFailure()
        .Executes(() => Ran.Add(nameof(Teardown)));

    public Target Publish => _ => _
        .Description("Publish the gate")
        .Requires(() => ProdUrl)
        .Executes(() => Ran.Add(nameof(Publish)));

    public List<string> TornDown { get; } = [];

    public void AddTeardown(string name) => RegisterTeardown(() =>
    {
        TornDown.Add(name);
        return Task.CompletedTask;
    });

    protected override Task OnTeardownAsync()
    {
        TornDown.Add("OnTeardownAsync");
        return Task.CompletedTask;
    }
}

internal sealed class CycleBuild : BuildHost
{
    public Target A => _ => _.DependsOn(C).Executes(() => { });
    public Target B => _ => _.DependsOn(A).Executes(() => { });
    public Target C => _ => _.After(B).Executes(() => { });
}

internal sealed class ThrowingBuild : BuildHost
{
    public Exception ToThrow = new GateRefusedException("gate says no");

    public Target Check => _ => _.Executes(() => throw ToThrow);
}
