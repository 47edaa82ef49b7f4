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
    public void Both_bootstraps_publish_the_build_host_ready_to_run_and_build_sh_checks_the_sdk_only_to_build()
    {
        const string publish = "publish $BUILD_PROJECT -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true";
        var sh = Read("build.sh").Replace("\"", "", StringComparison.Ordinal);
        var ps1 = Read("build.ps1");
        Assert.Contains(publish, sh);
        Assert.Contains(publish.Replace("$BUILD_PROJECT", "$BuildProject", StringComparison.Ordinal), ps1);
        Assert.DoesNotContain(" build $BuildProject", ps1);
        // build.sh: the SDK is resolved (dotnet --version against global.json) only when it builds; an up-to-date host
        // runs with the dotnet recorded when it was built.
        var building = sh.IndexOf("if needs_build; then", StringComparison.Ordinal);
        var resolve = sh.IndexOf("resolve_sdk\n", building, StringComparison.Ordinal);
        Assert.True(building > 0 && resolve > building);
        Assert.DoesNotContain("\nresolve_sdk\n", sh[..building]);
        Assert.Contains("DOTNET=$(head -n 1 $BUILD_DOTNET)", sh);
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
