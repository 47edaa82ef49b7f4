using System.Text;

namespace SchemaGate.Pipeline;

/// <summary>
/// Where the steps tell people what happens: one line at a time, redacted by the host. Steps write through this, not to
/// the console, so the build, the Demo and the tests each decide where lines go.
/// </summary>
public interface IGateLog
{
    void Line(string text);

    /// <summary>The writer underneath, for the console reporter and the progress display.</summary>
    TextWriter Writer { get; }
}

/// <summary>An <see cref="IGateLog"/> over a text writer.</summary>
public sealed class TextGateLog(TextWriter writer) : IGateLog
{
    public static IGateLog Null { get; } = new TextGateLog(TextWriter.Null);

    public TextWriter Writer { get; } = writer;

    public void Line(string text) => Writer.WriteLine(text);
}

/// <summary>
/// Holds what a step running in the background says until the target it belongs to runs (<see cref="Flush"/>), so its
/// lines appear under that target and not in the middle of another one's.
/// </summary>
public sealed class BufferedGateLog : IGateLog
{
    private readonly IGateLog _target;
    private readonly StringBuilder _held = new();
    private readonly object _gate = new();
    private bool _flushed;

    public BufferedGateLog(IGateLog target)
    {
        _target = target;
        Writer = new HoldingWriter(this);
    }

    /// <summary>Held back like <see cref="Line"/> until <see cref="Flush"/>, then straight through.</summary>
    public TextWriter Writer { get; }

    public void Line(string text) => Write(text + Environment.NewLine);

    /// <summary>Writes what was held back; later lines go straight through.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            if (_flushed) return;
            _flushed = true;
            if (_held.Length > 0) _target.Writer.Write(_held.ToString());
            _held.Clear();
        }
    }

    private void Write(string text)
    {
        lock (_gate)
        {
            if (_flushed) _target.Writer.Write(text);
            else _held.Append(text);
        }
    }

    private sealed class HoldingWriter(BufferedGateLog log) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => log.Write(value.ToString());

        public override void Write(string? value)
        {
            if (value is not null) log.Write(value);
        }

        public override void WriteLine(string? value) => log.Write(value + NewLine);
    }
}
