using SchemaGate.Ephemeral;
using SchemaGate.Failures;

namespace SchemaGate.Tests.Ephemeral;

public sealed class MajorSettingTests
{
    [Theory]
    [InlineData("auto", true, null, false)]
    [InlineData("", true, null, false)]
    [InlineData(" AUTO ", true, null, false)]
    [InlineData("any", false, null, false)]
    [InlineData("16", false, 16, true)]
    public void Auto_any_and_a_major_are_understood(string text, bool auto, int? major, bool exact) =>
        Assert.Equal(new MajorSetting(auto, major, exact), MajorSetting.Parse(text));

    [Theory]
    [InlineData("latest")]
    [InlineData("16.2")]
    [InlineData("-1")]
    [InlineData("150")]
    public void Anything_else_is_a_usage_error_naming_the_parameter(string text)
    {
        var error = Assert.Throws<UsageException>(() => MajorSetting.Parse(text));
        Assert.Contains($"--pg-major '{text}'", error.Message);
    }
}
