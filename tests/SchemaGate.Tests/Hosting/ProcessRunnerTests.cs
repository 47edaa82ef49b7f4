using SchemaGate.Hosting;
using SchemaGate.Security;

namespace SchemaGate.Tests.Hosting;

public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task Returns_exit_code_and_output_and_streams_redacted_lines()
    {
        if (OperatingSystem.IsWindows()) return;
        var redactor = new Redactor();
        redactor.Add("pa55word");
        var log = new StringWriter();
        var runner = new BuildTools(new RedactingTextWriter(log, redactor), Path.GetTempPath(), "dotnet");

        var result = await runner.Run("/bin/sh", ["-c", "echo out pa55word; echo err >&2; exit 7"]);

        Assert.Equal(7, result.ExitCode);
        Assert.False(result.Succeeded);
        Assert.Equal("out pa55word", result.StandardOutput.Trim());
        Assert.Equal("err", result.StandardError.Trim());
        Assert.Contains("out ***", log.ToString());
        Assert.DoesNotContain("pa55word", log.ToString());
    }

    [Fact]
    public async Task Cancelling_kills_the_process()
    {
        if (OperatingSystem.IsWindows()) return;
        var runner = new BuildTools(TextWriter.Null, Path.GetTempPath(), "dotnet");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var started = DateTime.UtcNow;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.Run("/bin/sh", ["-c", "sleep 30"], null, cancel.Token));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Dotnet_throws_when_the_tool_fails()
    {
        if (OperatingSystem.IsWindows()) return;
        var tools = new BuildTools(TextWriter.Null, Path.GetTempPath(), "/bin/false");

        var e = await Assert.ThrowsAsync<ToolFailedException>(() => tools.Dotnet("build x.sln"));
        Assert.Equal(1, e.ToolExitCode);
        Assert.Contains("dotnet build", e.Message);
    }

    [Fact]
    public void A_tool_command_line_splits_on_spaces_and_keeps_quoted_paths_whole() =>
        Assert.Equal(["test", "Pipeline.sln", "--results-directory", "/tmp/a b/results"],
            BuildTools.Words("test  Pipeline.sln --results-directory \"/tmp/a b/results\""));
}
