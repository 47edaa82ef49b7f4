using SchemaGate.Pipeline;

namespace SchemaGate.Tests.Reporting;

public sealed class BufferedGateLogTests
{
    [Fact]
    public void Lines_wait_for_flush_in_order_then_go_straight_through()
    {
        var output = new StringWriter();
        var log = new BufferedGateLog(new TextGateLog(output));
        log.Line("one");
        log.Writer.WriteLine("two");
        Assert.Equal("", output.ToString());

        log.Flush();
        log.Line("three");
        log.Flush();
        Assert.Equal(["one", "two", "three", ""], output.ToString().Split(Environment.NewLine));
    }
}
