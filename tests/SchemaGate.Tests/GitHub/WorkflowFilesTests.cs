using SchemaGate.Tests.Reporting;

namespace SchemaGate.Tests.GitHub;

/// <summary>The workflows are checked by action-validator (schema of workflow files, installed by tests/tools/install.sh).</summary>
public sealed class WorkflowFilesTests
{
    private static string Workflow(string name) => Path.Combine(ExternalTools.RepoRoot, ".github", "workflows", name);

    [Theory]
    [InlineData("pr.yml")]
    [InlineData("release.yml")]
    [InlineData("drift.yml")]
    public async Task Workflow_passes_the_linter(string name)
    {
        Assert.True(File.Exists(Workflow(name)), $"{name} is missing");
        var run = await ExternalTools.RunAsync("action-validator", Workflow(name));
        Assert.True(run.ExitCode == 0, $"{name} fails action-validator:\n{run.Output}");
    }

    [Fact]
    public async Task The_linter_rejects_a_broken_workflow()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("broken.yml"), "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n");
        var run = await ExternalTools.RunAsync("action-validator", dir.File("broken.yml"));
        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public async Task Pr_workflow_has_the_permissions_paths_and_uploads_it_needs()
    {
        var pr = await File.ReadAllTextAsync(Workflow("pr.yml"));
        foreach (var expected in new[]
                 {
                     "pull-requests: write", "statuses: write", "checks: write", "security-events: write", "contents: read",
                     "\"migrations/**\"", "\"src/**\"", "\"build/**\"", "global-json-file: global.json", "~/.nuget/packages",
                     "./build.sh DeployCheck", "secrets.PROD_READONLY_URL", "github/codeql-action/upload-sarif",
                     "artifacts/schemagate/report.sarif", "actions/upload-artifact",
                 })
            Assert.Contains(expected, pr);

        var release = await File.ReadAllTextAsync(Workflow("release.yml"));
        foreach (var expected in new[] { "environment: production", "group: schemagate-production", "cancel-in-progress: false", "secrets.PROD_URL", "run: ./build.sh Deploy\n" })
            Assert.Contains(expected, release);

        var drift = await File.ReadAllTextAsync(Workflow("drift.yml"));
        foreach (var expected in new[]
                 {
                     "schedule:", "workflow_dispatch:", "issues: write", "./build.sh DiffAgainstProd PublishGate ReportDrift",
                     "PROD_URL: ${{ secrets.PROD_READONLY_URL }}", "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
                     "actions/upload-artifact", "path: artifacts/schemagate/", "if: always()",
                 })
            Assert.Contains(expected, drift);
        // The production URL travels in the environment, never on the command line.
        Assert.DoesNotContain("--prod-url", drift);
    }
}
