using SchemaGate.Reporting;
using SchemaGate.Security;

namespace SchemaGate.Tests.Reporting;

public sealed class ConsoleReporterTests
{
    [Fact]
    public void Plain_output_has_verdict_counts_and_every_finding_with_location()
    {
        var output = new StringWriter();
        new ConsoleReporter(new Redactor(), output, useColour: false).Write(SampleReports.Mixed());
        var text = output.ToString();
        Assert.StartsWith("SchemaGate: REFUSED", text);
        Assert.Contains("1 blocking, 1 warnings, 1 notices, 1 allowed", text);
        Assert.Contains("migrations/0002_add_alerts.sql:3:5: SG101", text);
        Assert.Contains("migrations/0003_empty.sql:1: SG106", text);
        Assert.Contains("public.schemaversions: SG104", text);
        Assert.Contains("allowed (allow): fixed by hand on prod", text);
        Assert.DoesNotContain("\u001b[", text);
    }

    [Fact]
    public void Colour_output_uses_ansi_and_keeps_the_content()
    {
        var output = new StringWriter();
        new ConsoleReporter(new Redactor(), output, useColour: true).Write(SampleReports.Mixed());
        var text = output.ToString();
        Assert.Contains("\u001b[", text);
        Assert.Contains("REFUSED", text);
        Assert.Contains("SG101", text);
        Assert.Contains("0002_add_alerts.sql", text);
    }

    [Theory]
    [InlineData(false, null, null, null, true)]
    [InlineData(true, null, null, null, false)]
    [InlineData(false, "1", null, null, false)]
    [InlineData(true, null, "true", null, true)]
    [InlineData(true, "1", "true", null, false)]
    [InlineData(false, null, null, "dumb", false)]
    public void Colour_respects_NO_COLOR_terminals_and_redirection(bool redirected, string? noColor, string? actions, string? term, bool expected)
    {
        var env = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["GITHUB_ACTIONS"] = actions, ["TERM"] = term };
        Assert.Equal(expected, ConsoleCapabilities.SupportsColour(env, redirected));
    }
}
