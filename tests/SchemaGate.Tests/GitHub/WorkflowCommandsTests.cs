using SchemaGate.GitHub;
using SchemaGate.Security;

namespace SchemaGate.Tests.GitHub;

public sealed class WorkflowCommandsTests
{
    [Fact]
    public void Data_escapes_percent_and_line_breaks_only()
    {
        Assert.Equal("100%25 a:b, c%0D%0Anext", WorkflowCommands.EscapeData("100% a:b, c\r\nnext"));
    }

    [Fact]
    public void Properties_also_escape_colon_and_comma()
    {
        Assert.Equal("dir%3A1/a%2Cb%25.sql%0A", WorkflowCommands.EscapeProperty("dir:1/a,b%.sql\n"));
    }

    [Fact]
    public void Annotation_escapes_each_part_by_its_own_rules()
    {
        var line = WorkflowCommands.Annotation("error", "50% done: a, b\nnext", "migrations/a:b,c.sql", 3, 7, "SG101 x,y: z");
        Assert.Equal("::error file=migrations/a%3Ab%2Cc.sql,line=3,col=7,title=SG101 x%2Cy%3A z::50%25 done: a, b%0Anext", line);
    }

    [Fact]
    public void Annotation_without_location_has_no_properties()
    {
        Assert.Equal("::warning::careful", WorkflowCommands.Annotation("warning", "careful"));
    }

    [Fact]
    public void Secrets_are_masked_and_never_in_annotations()
    {
        var output = new StringWriter();
        var redactor = new Redactor();
        var commands = new WorkflowCommands(output, redactor);
        commands.MaskSecretsOf(redactor);
        redactor.Add("s3cr%t\nline");
        commands.Warning("connecting with s3cr%t\nline failed");
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("::add-mask::s3cr%25t%0Aline", lines[0]);
        Assert.Equal("::warning::connecting with *** failed", lines[^1]);
    }

    [Fact]
    public void Multi_line_outputs_use_the_delimiter_form()
    {
        var text = ActionsFiles.FormatOutputs([new("verdict", "fail"), new("detail", "line one\nline two")]);
        var lines = text.Split('\n');
        Assert.Equal("verdict=fail", lines[0]);
        Assert.StartsWith("detail<<ghadelimiter_", lines[1]);
        var delimiter = lines[1]["detail<<".Length..];
        Assert.Equal(["line one", "line two", delimiter], lines[2..5]);
    }
}
