using SchemaGate.Reporting;

namespace SchemaGate.Tests.Reporting;

public sealed class ProgressTests
{
    [Fact]
    public void Plain_progress_is_silent_for_short_work_and_prints_one_line_per_interval_for_long_work()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var sink = new PlainProgressSink(output, TimeSpan.FromSeconds(10), clock);

        sink.Report(new ProgressUpdate("applying migrations", 0, 3, "0001_a.sql"));
        clock.Advance(TimeSpan.FromSeconds(2));
        sink.Report(new ProgressUpdate("applying migrations", 3, 3, null));
        sink.Complete("applying migrations");
        Assert.Equal("", output.ToString());

        for (var i = 0; i < 400; i++)
        {
            sink.Report(new ProgressUpdate("applying migrations", i, 400, $"{i + 1:0000}_s.sql"));
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }
        sink.Complete("applying migrations");
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // 40 s of work at one line per 10 s: three or four progress lines and the closing one, never one per script.
        Assert.InRange(lines.Length, 4, 5);
        Assert.Contains("applying migrations: 100/400, now 0101_s.sql, 10 s", lines[0]);
        Assert.Contains("399/400 done in 40 s", lines[^1]);
    }

    [Fact]
    public void Terminal_progress_redraws_one_line_in_place_and_erases_it_at_the_end()
    {
        var clock = new ManualClock();
        var output = new StringWriter();
        var sink = new TerminalProgressSink(output, clock);

        sink.Report(new ProgressUpdate("applying migrations", 0, 2, "0001_[a].sql"));
        sink.Report(new ProgressUpdate("applying migrations", 1, 2, "0002_b.sql")); // within 100 ms: skipped
        clock.Advance(TimeSpan.FromMilliseconds(150));
        sink.Report(new ProgressUpdate("applying migrations", 2, 2, null));
        sink.Complete("applying migrations");

        var text = output.ToString();
        Assert.DoesNotContain('\n', text);
        Assert.Contains("applying migrations 0/2 0001_[a].sql", text);
        Assert.DoesNotContain("1/2", text);
        Assert.Contains("applying migrations 2/2", text);
        Assert.EndsWith("\r\u001b[2K", text);
    }

    [Fact]
    public void Only_a_terminal_outside_CI_is_interactive()
    {
        var none = new Dictionary<string, string?>();
        Assert.True(ProgressSinks.IsInteractive(none, outputRedirected: false));
        Assert.False(ProgressSinks.IsInteractive(none, outputRedirected: true));
        Assert.False(ProgressSinks.IsInteractive(new Dictionary<string, string?> { ["CI"] = "true" }, false));
        Assert.False(ProgressSinks.IsInteractive(new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" }, false));
        Assert.False(ProgressSinks.IsInteractive(new Dictionary<string, string?> { ["TERM"] = "dumb" }, false));
        Assert.IsType<PlainProgressSink>(ProgressSinks.For(false, new StringWriter()));
    }
}

/// <summary>A clock that moves only when told to.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks = 1;
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    public override long GetTimestamp() => _ticks;
    public void Advance(TimeSpan by) => _ticks += by.Ticks;
}
