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
