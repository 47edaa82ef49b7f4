using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.GitHub;

/// <summary>
/// build.cmd and build.ps1 (nothing runs Windows here: their behaviour is run by the windows-latest job of pr.yml) keep
/// build.sh's contract, and the workflow runs them and the docker provider.
/// </summary>
public sealed class BootstrapFilesTests
{
    private static string Read(params string[] path) => File.ReadAllText(Path.Combine([ExternalTools.RepoRoot, .. path]));

    [Fact]
    public void Build_cmd_hands_every_argument_to_build_ps1_and_returns_its_exit_code()
    {
        var cmd = Read("build.cmd");
        Assert.Contains("-File \"%~dp0build.ps1\" %*", cmd);
        Assert.Contains("EXIT /B %ERRORLEVEL%", cmd);
        // From a Unix shell the same file hands over to build.sh with every argument.
        Assert.Contains("build.sh\" \"$@\"", cmd);
    }

    [Fact]
    public void Build_ps1_installs_the_pinned_sdk_rebuilds_on_change_and_keeps_the_exit_codes()
    {
        var ps1 = Read("build.ps1");
        foreach (var expected in new[]
                 {
                     "global.json", "rollForward", "dotnet-install.ps1", "-InstallDir", ".nuke/temp", "build/_build.csproj",
                     "build.stamp", "LastWriteTimeUtc", "(bin|obj)", "*.props", "@BuildArguments", "exit $LASTEXITCODE", "exit 3",
                 })
            Assert.Contains(expected, ps1);
        Assert.DoesNotContain("param(", ps1);
        Assert.Contains("$BuildArguments = $args", ps1);
    }

    [Fact]
    public void Pr_workflow_runs_the_docker_provider_and_build_cmd_on_windows()
    {
        var pr = Read(".github", "workflows", "pr.yml");
        Assert.Contains("run: ./build.sh DeployCheck --ephemeral docker", pr);
        Assert.Contains("runs-on: windows-latest", pr);
        Assert.Contains("run: build.cmd DeployCheck", pr);
        Assert.Contains("shell: cmd", pr);
    }
}
