using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.EndToEnd;

/// <summary><c>./build.sh Demo</c> as a newcomer runs it: a real process on the sample migrations, nothing configured.</summary>
public sealed class DemoProcessTests
{
    private static (string, string)[] Sample()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        var migrations = Path.Combine(dir!.FullName, "migrations");
        return Directory.GetFiles(migrations, "*.sql").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToArray();
    }

    [Fact]
    public async Task Demo_refuses_with_the_data_loss_and_the_drift_finding_exits_0_and_leaves_nothing_behind()
    {
        using var build = new BuildProcess(Sample());

        var (code, output) = await build.RunAsync("Demo");

        Assert.True(code == 0, output);
        Assert.Contains("SG202 DROP COLUMN: migrations/0011_drop_alerts_payload.sql:2", output);
        Assert.Contains("SG401 Object in production not in history: public.agents.nickname", output);
        Assert.Contains("The gate refused", output);
        Assert.Empty(build.LeftoverInstances());
        var copy = System.Text.RegularExpressions.Regex.Match(output, @"Copy of the sample: (\S+)").Groups[1].Value;
        Assert.StartsWith(build.Tmp, copy, StringComparison.Ordinal);
        Assert.False(Directory.Exists(copy), $"{copy} was left behind");
        Assert.Empty(Directory.GetDirectories(build.Tmp, "schemagate-demo-*"));
        // The demo works on a copy: the repository's own migrations folder is untouched.
        Assert.False(File.Exists(Path.Combine(build.Root, "migrations", "0011_drop_alerts_payload.sql")));
    }
}
