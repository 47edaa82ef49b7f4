using SchemaGate.Hosting;

/// <summary>
/// The pipeline's targets. Each target is one declarative chain whose body calls into src/; the host
/// (src/SchemaGate.Hosting) owns ordering, parameters, --help/--plan, the summary and teardown.
/// Add a target by adding one more property: <c>Target Name => _ => _.Description(...).DependsOn(...).Executes(...);</c>
/// </summary>
sealed class Build : BuildHost
{
    public static Task<int> Main(string[] args) => Execute<Build>(args, defaultTarget: x => x.Test);

    [Parameter("Build configuration", AllowedValues = ["Debug", "Release"])]
    readonly string Configuration = "Debug";

    Target Compile => _ => _
        .Description("Build the solution")
        .Executes(async ct => await Tools.Dotnet($"build Pipeline.sln -c {Configuration} -nologo", ct));

    Target Test => _ => _
        .Description("Run the fast tests (no database)")
        .DependsOn(Compile)
        .Executes(async ct => await Tools.Dotnet($"test tests/SchemaGate.Tests -c {Configuration} --no-build -nologo", ct));
}
