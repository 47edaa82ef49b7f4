using Spectre.Console;

namespace SchemaGate.Reporting;

/// <summary>
/// For an interactive terminal: one live line (a bar, the count and the item now running) redrawn in place at most
/// ten times a second with Spectre.Console, and erased when the activity completes, so the scrollback stays clean.
/// </summary>
public sealed class TerminalProgressSink : IProgressSink
{
    private const int BarWidth = 24;
    private const string ClearLine = "\r\u001b[2K";
    private readonly TextWriter _output;
    private readonly IAnsiConsole _console;
    private readonly TimeProvider _clock;
    private long _lastDrawn;
    private bool _visible;

    public TerminalProgressSink(TextWriter output, TimeProvider? clock = null)
    {
        _output = output;
        _clock = clock ?? TimeProvider.System;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });
    }

    public void Report(ProgressUpdate update)
    {
        var now = _clock.GetTimestamp();
        if (_visible && update.Done < update.Total && _clock.GetElapsedTime(_lastDrawn, now) < TimeSpan.FromMilliseconds(100)) return;
        _lastDrawn = now;
        var filled = update.Total <= 0 ? 0 : (int)Math.Round(BarWidth * Math.Clamp(update.Done / (double)update.Total, 0, 1));
        var current = update.Current is null ? "" : " " + Markup.Escape(Shorten(update.Current, 40));
        _output.Write(ClearLine);
        _console.Write(new Markup($"[green]{new string('━', filled)}[/][grey]{new string('━', BarWidth - filled)}[/] " +
                                  $"{Markup.Escape(update.Activity)} {update.Done}/{update.Total}{current}"));
        _output.Flush();
        _visible = true;
    }

    public void Complete(string activity)
    {
        if (!_visible) return;
        _output.Write(ClearLine);
        _output.Flush();
        _visible = false;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : "…" + text[^(max - 1)..];
}
