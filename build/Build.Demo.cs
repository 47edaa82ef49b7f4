using SchemaGate.Demo;
using SchemaGate.Hosting;
using SchemaGate.Pipeline;

/// <summary>Demo: the whole product shown on the sample, with nothing configured.</summary>
sealed partial class Build
{
    Target Demo => _ => _
        .Description("Show the whole product in under a minute: a throwaway 'production', a destructive script, a manual change, the gate refusing")
        .Executes(async ct => await new DemoRun(Settings(), Redactor, new TextGateLog(Log)).RunAsync(ct));
}
