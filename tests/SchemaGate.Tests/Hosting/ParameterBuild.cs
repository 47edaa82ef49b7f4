using SchemaGate.Hosting;

namespace SchemaGate.Tests.Hosting;

public enum DeployMode
{
    Check,
    Apply,
}

/// <summary>A build with one parameter of every supported type.</summary>
internal sealed class ParameterBuild : BuildHost
{
    [Parameter("Production URL", Secret = true, EnvironmentNames = ["PROD_URL"])] public string? ProdUrl = null;
    [Parameter("Folder of the migrations")] public string MigrationsDir = "migrations";
    [Parameter("First deployment")] public bool FirstDeploy = false;
    [Parameter("Mode")] public DeployMode Mode = DeployMode.Check;
    [Parameter("Retries")] public int Retries = 1;
    [Parameter("Ratio")] public double Ratio = 0.5;
    [Parameter("Lock timeout")] public TimeSpan LockTimeout = TimeSpan.FromSeconds(10);
    [Parameter("Tags")] public string[] Tags = [];
    [Parameter("Colour", AllowedValues = ["Red", "Green"])] public string? Colour = null;
    [Parameter("Renamed", Name = "DatabaseName")] public string? Db { get; set; }

    public bool Ran { get; private set; }

    public Target Noop => _ => _
        .Description("Does nothing")
        .Executes(() => Ran = true);
}
