using SchemaGate.Migrations.Journal;
using Xunit;

namespace SchemaGate.Tests.Migrations;

public class JournalEntryTests
{
    private static JournalEntry Row(string name) => new(1, name, DateTime.UnixEpoch, null);

    [Theory]
    [InlineData("0001_init.sql", "0001_init.sql", true)]
    [InlineData("App.Migrations.0001_init.sql", "0001_init.sql", true)]
    [InlineData("migrations/0001_init.sql", "0001_init.sql", true)]
    [InlineData(@"migrations\0001_init.sql", "0001_init.sql", true)]
    [InlineData("App.Migrations.10001_init.sql", "0001_init.sql", false)]
    [InlineData("X0001_init.sql", "0001_init.sql", false)]
    [InlineData("0001_init.sql", "0002_more.sql", false)]
    [InlineData(".0001_init.sql", "0001_init.sql", true)]
    public void Records_matches_its_own_file_name_or_a_dotted_suffix(string scriptName, string fileName, bool expected) =>
        Assert.Equal(expected, Row(scriptName).Records(fileName));

    [Fact]
    public void The_set_of_recorded_names_answers_as_asking_every_row_would()
    {
        var rows = new[] { "0001_init.sql", "App.Migrations.0002_users.sql", "migrations/0003_orders.sql", @"db\0004_x.sql", "0005.v2_odd.name.sql" }
            .Select(Row).ToList();
        var recorded = JournalEntry.RecordedFileNames(rows);
        var candidates = new[]
        {
            "0001_init.sql", "0002_users.sql", "Migrations.0002_users.sql", "0003_orders.sql", "0004_x.sql", "0005.v2_odd.name.sql",
            "v2_odd.name.sql", "name.sql", "sql", "0002_users", "0006_none.sql", "orders.sql", "init.sql",
        };
        foreach (var name in candidates)
            Assert.True(rows.Any(r => r.Records(name)) == recorded.Contains(name), $"{name}: rows say {rows.Any(r => r.Records(name))}, the set {recorded.Contains(name)}");
    }
}
