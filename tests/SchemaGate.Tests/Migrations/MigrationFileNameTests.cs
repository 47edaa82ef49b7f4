using System.Numerics;
using SchemaGate.Migrations.Source;

namespace SchemaGate.Tests.Migrations;

public class MigrationFileNameTests
{
    [Theory]
    [InlineData("0001_init.sql", 1, "init", false)]
    [InlineData("2_add-index.sql", 2, "add-index", false)]
    [InlineData("0003_agents.down.sql", 3, "agents", true)]
    [InlineData("0004_v1.2_fix.SQL", 4, "v1.2_fix", false)]
    [InlineData("0005_Upper.DOWN.sql", 5, "Upper", true)]
    [InlineData("20240131120000_stamp.sql", 20240131120000, "stamp", false)]
    [InlineData("0006_x_.sql", 6, "x_", false)]
    public void Parses_well_formed_names(string fileName, long version, string description, bool isDown)
    {
        Assert.Equal(new MigrationFileName(new BigInteger(version), description, isDown), MigrationFileName.TryParse(fileName));
    }

    [Fact]
    public void Versions_compare_as_numbers()
    {
        Assert.Equal(MigrationFileName.TryParse("0002_a.sql")!.Version, MigrationFileName.TryParse("2_b.sql")!.Version);
        Assert.Equal(BigInteger.Parse("123456789012345678901234567890"), MigrationFileName.TryParse("123456789012345678901234567890_big.sql")!.Version);
    }

    [Theory]
    [InlineData("init.sql")]
    [InlineData("0001.sql")]
    [InlineData("0001_.sql")]
    [InlineData("0001-init.sql")]
    [InlineData("v0001_init.sql")]
    [InlineData("0001_has space.sql")]
    [InlineData("0001__lead.sql")]
    [InlineData("0001_trailing..sql")]
    [InlineData("0001_init.down.down")]
    [InlineData("0001_init.txt")]
    [InlineData("0001_.down.sql")]
    [InlineData("٣_arabic_digit.sql")]
    public void Refuses_malformed_names(string fileName)
    {
        Assert.Null(MigrationFileName.TryParse(fileName));
    }
}
