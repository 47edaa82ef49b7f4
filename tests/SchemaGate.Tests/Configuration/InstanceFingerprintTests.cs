using SchemaGate.Configuration;
using SchemaGate.Failures;
using SchemaGate.Baseline;

namespace SchemaGate.Tests.Configuration;

public sealed class InstanceFingerprintTests
{
    private static InstanceFingerprint Print(string? sysid, string db, uint oid, string host = "db1", int port = 5432) =>
        new(sysid, host, port, db, oid, "15.8");

    [Fact]
    public void Text_is_system_identifier_database_and_oid()
    {
        var print = Print("7301234567890123456", "appdb", 16384);
        Assert.Equal("7301234567890123456/appdb/16384", print.Text);
        Assert.True(print.Matches(" 7301234567890123456/appdb/16384 "));
        Assert.False(print.Matches("7301234567890123456/appdb/16385"));
    }

    [Fact]
    public void Without_system_identifier_the_instance_is_host_and_port()
    {
        var print = Print(null, "appdb", 16384, "db.internal", 6432);
        Assert.Equal("db.internal:6432/appdb/16384", print.Text);
        Assert.False(print.HasSystemIdentifier);
    }

    [Fact]
    public void Same_instance_and_same_database_compare_identifiers_then_oids()
    {
        var prod = Print("1", "app", 100);
        Assert.True(prod.SameInstanceAs(Print("1", "app_dev", 200, host: "other")));
        Assert.False(prod.SameDatabaseAs(Print("1", "app_dev", 200)));
        Assert.True(prod.SameDatabaseAs(Print("1", "app", 100, host: "alias")));
        Assert.False(prod.SameInstanceAs(Print("2", "app", 100)));
        // One side without identifier: fall back to host and port.
        Assert.True(prod.SameInstanceAs(Print(null, "x", 5)));
        Assert.False(prod.SameInstanceAs(Print(null, "x", 5, port: 5433)));
    }

    [Theory]
    [InlineData("0007", 7)]
    [InlineData(" 12 ", 12)]
    public void Baseline_version_is_a_number(string text, int expected) =>
        Assert.Equal(expected, (int)BaselineVersionNumber.Parse(text)!.Value);

    [Fact]
    public void Baseline_version_rejects_non_digits_and_is_null_when_unset()
    {
        Assert.Null(BaselineVersionNumber.Parse(null));
        Assert.Throws<UsageException>(() => BaselineVersionNumber.Parse("v7"));
        Assert.Throws<UsageException>(() => BaselineVersionNumber.Parse("-1"));
    }
}
