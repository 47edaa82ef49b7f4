using System.Text;
using SchemaGate.Security;

namespace SchemaGate.Hosting;

/// <summary>
/// Writes whole lines to the inner writer after passing them through the redactor, so a secret split across
/// several Write calls is still caught. Thread-safe: process output arrives on other threads.
/// </summary>
public sealed class RedactingTextWriter(TextWriter inner, Redactor redactor) : TextWriter
{
    private readonly object _gate = new();
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (value == '\n')
            {
                var text = _line.ToString().TrimEnd('\r');
                _line.Clear();
                inner.WriteLine(redactor.Redact(text));
                inner.Flush();
            }
            else
            {
                _line.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (_gate)
        {
            foreach (var c in value) Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            Write(value);
            Write('\n');
        }
    }

    /// <summary>Writes a partial line as it is (redacted) — only call this at the end of output.</summary>
    public override void Flush()
    {
        lock (_gate)
        {
            if (_line.Length > 0)
            {
                inner.Write(redactor.Redact(_line.ToString()));
                _line.Clear();
            }
            inner.Flush();
        }
    }

    /// <summary>Writes a line that must not be redacted (the <c>::add-mask::</c> command itself).</summary>
    internal void WriteRawLine(string line)
    {
        lock (_gate)
        {
            inner.WriteLine(line);
            inner.Flush();
        }
    }
}
