using SchemaGate.Drift;
using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Journal;
using SchemaGate.Migrations.Source;

namespace SchemaGate.IntegrationTests.Drift;

/// <summary>Journal validation on its own: files on disk against hand-written journal rows (no database needed).</summary>
public sealed class JournalValidatorTests : IDisposable
{
    private readonly TempMigrations _files = new(
        ("0001_a.sql", "create table a (id int);\n"),
        ("0002_b.sql", "create table b (id int);\n"),
        ("0003_c.sql", "create table c (id int);\n"));

    private async Task<IReadOnlyList<MigrationScript>> ScriptsAsync() => (await _files.LoadAsync()).Scripts;

    private static JournalEntry Row(int id, string name, string? checksum) => new(id, name, new DateTime(2026, 1, id), checksum);

    [Fact]
    public async Task Matching_journal_gives_no_findings()
    {
        var s = await ScriptsAsync();
        var journal = s.Select((x, i) => Row(i + 1, x.FileName, x.Checksum)).ToArray();

        Assert.Empty(JournalValidator.Validate(s, journal));
    }

    [Fact]
    public async Task Rows_without_checksum_are_one_SG112_notice_naming_them_and_rows_with_one_are_not()
    {
        var s = await ScriptsAsync();
        var journal = new[] { Row(1, "0001_a.sql", null), Row(2, "0002_b.sql", null), Row(3, "0003_c.sql", s[2].Checksum) };

        var findings = JournalValidator.Validate(s, journal);

        var notice = Assert.Single(findings);
        Assert.Equal("SG112", notice.RuleId);
        Assert.Equal(Severity.Notice, notice.Severity);
        Assert.Contains("2 of production's 3 journal row(s) have no checksum (0001_a.sql, 0002_b.sql)", notice.Message);
    }

    [Fact]
    public async Task Files_not_in_the_journal_are_pending_notices()
    {
        var s = await ScriptsAsync();

        var findings = JournalValidator.Validate(s, [Row(1, "0001_a.sql", s[0].Checksum)]);

        Assert.Equal(["SG120", "SG120"], findings.Select(f => f.RuleId));
        Assert.Equal(["migrations/0002_b.sql", "migrations/0003_c.sql"], findings.Select(f => f.File));
        Assert.All(findings, f => Assert.Equal(Severity.Notice, f.Severity));
        Assert.All(findings, f => Assert.Contains("will be applied", f.Message));
    }

    [Fact]
    public async Task A_journal_row_without_its_file_is_an_error_naming_the_row()
    {
        var s = await ScriptsAsync();
        var journal = s.Select((x, i) => Row(i + 1, x.FileName, x.Checksum)).Append(Row(9, "0004_lost.sql", "ab")).ToArray();

        var f = Assert.Single(JournalValidator.Validate(s, journal));

        Assert.Equal("SG121", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("journal row 9 '0004_lost.sql'", f.Object);
        Assert.Null(f.File);
    }

    [Fact]
    public async Task A_changed_checksum_is_an_edit_after_apply_and_a_null_checksum_is_not_compared()
    {
        var s = await ScriptsAsync();
        var journal = new[]
        {
            Row(1, "0001_a.sql", null),
            Row(2, "0002_b.sql", new string('0', 64)),
            Row(3, "0003_c.sql", s[2].Checksum.ToUpperInvariant()),
        };

        var findings = JournalValidator.Validate(s, journal);

        Assert.Equal(["SG122", "SG112"], findings.Select(x => x.RuleId));
        var f = findings[0];
        Assert.Equal("migrations/0002_b.sql", f.File);
        Assert.Equal("journal row 2 '0002_b.sql'", f.Object);
    }

    [Fact]
    public async Task A_pending_file_below_the_highest_applied_version_is_out_of_order()
    {
        var s = await ScriptsAsync();

        var findings = JournalValidator.Validate(s, [Row(1, "0001_a.sql", s[0].Checksum), Row(2, "0003_c.sql", s[2].Checksum)]);

        var f = Assert.Single(findings);
        Assert.Equal("SG123", f.RuleId);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("migrations/0002_b.sql", f.File);
        Assert.Contains("version 3", f.Message);
    }

    [Fact]
    public async Task A_missing_file_still_counts_for_the_highest_applied_version()
    {
        var s = await ScriptsAsync();
        var journal = new[] { Row(1, "0001_a.sql", s[0].Checksum), Row(2, "0002_b.sql", s[1].Checksum), Row(3, "App.Scripts.0007_gone.sql", null) };

        var findings = JournalValidator.Validate(s, journal);

        Assert.Equal(["SG121", "SG112", "SG123"], findings.Select(f => f.RuleId));
        Assert.Contains("version 7", findings[2].Message);
    }

    [Fact]
    public async Task DbUp_resource_names_are_matched_by_suffix_adopted_and_warned()
    {
        var s = await ScriptsAsync();
        var journal = s.Select((x, i) => Row(i + 1, "MyApp.Database.Scripts." + x.FileName, null)).ToArray();

        var match = JournalValidator.Match(s, journal);

        Assert.Equal(["SG124", "SG124", "SG124", "SG112"], match.Findings.Select(f => f.RuleId));
        Assert.All(match.Findings.Take(3), f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.All(match.Findings.Take(3), f => Assert.Contains("adopted", f.Message));
        Assert.Equal(Severity.Notice, match.Findings[3].Severity);
        Assert.Equal("journal row 1 'MyApp.Database.Scripts.0001_a.sql'", match.Findings[0].Object);
        Assert.Equal("migrations/0001_a.sql", match.Findings[0].File);
        Assert.Equal(s, match.Applied);
        Assert.Empty(match.Pending);
    }

    [Fact]
    public async Task Journal_order_is_kept_and_a_non_version_order_is_reported()
    {
        var s = await ScriptsAsync();
        var journal = new[] { Row(1, "0002_b.sql", null), Row(2, "0001_a.sql", null), Row(3, "0003_c.sql", null) };

        var match = JournalValidator.Match(s, journal);

        Assert.Equal(["0002_b.sql", "0001_a.sql", "0003_c.sql"], match.Applied.Select(x => x.FileName));
        Assert.False(match.AppliedInVersionOrder);
        Assert.True(JournalValidator.Match(s, [.. journal.OrderBy(r => r.ScriptName)]).AppliedInVersionOrder);
    }

    public void Dispose() => _files.Dispose();
}
