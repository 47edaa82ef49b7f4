using SchemaGate.Failures;
using SchemaGate.Findings;
using SchemaGate.Migrations.Source;
using SchemaGate.Sql;

namespace SchemaGate.Tests.Migrations;

public class MigrationSourceTests
{
    private static Task<MigrationSet> Load(TempRepository repo) =>
        MigrationSource.LoadAsync("migrations", repo.Root, CancellationToken.None);

    [Fact]
    public async Task Loads_scripts_ordered_by_numeric_version_with_downs_attached()
    {
        using var repo = new TempRepository()
            .Write("10_ten.sql", "SELECT 10;")
            .Write("0009_nine.sql", "SELECT 9;")
            .Write("0009_nine.down.sql", "SELECT -9;")
            .Write("README.md", "not a migration")
            .Write("seeds/0001_seed.sql", "garbage that is never read '")
            .Write("seeds/not even a name.sql", "");
        var set = await Load(repo);
        Assert.Empty(set.Findings);
        Assert.Equal(["migrations/0009_nine.sql", "migrations/10_ten.sql"], set.Scripts.Select(s => s.RelativePath));
        var nine = set.Scripts[0];
        Assert.Equal((9, "nine", "0009_nine.sql"), ((int)nine.Version, nine.Description, nine.FileName));
        Assert.Equal("SELECT -9;", nine.Down?.Text);
        Assert.Equal("migrations/0009_nine.down.sql", nine.Down?.RelativePath);
        Assert.Null(set.Scripts[1].Down);
        Assert.Equal("SELECT 9", Assert.Single(nine.Sql.Statements).Text);
        Assert.Equal(ScriptChecksum.Of("SELECT 9;"), nine.Checksum);
    }

    [Theory]
    [InlineData("0013_typo.sq", "0013_typo.sql")]
    [InlineData("13_x.sql.bak", "13_x.sql")]
    [InlineData("0014_views.psql", "0014_views.sql")]
    [InlineData("0015_notes.txt", "0015_notes.sql")]
    public async Task A_file_that_looks_like_a_migration_but_is_not_read_is_SG116_naming_the_name_it_needs(string file, string suggested)
    {
        using var repo = new TempRepository().Write("0001_a.sql", "SELECT 1;").Write(file, "CREATE TABLE t (id int);");

        var set = await Load(repo);

        var finding = Assert.Single(set.Findings);
        Assert.Equal("SG116", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("migrations/" + file, finding.File);
        Assert.Contains($"name it {suggested}", finding.Message);
        Assert.Single(set.Scripts);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("notes.txt")]
    [InlineData(".0001_hidden.sq")]
    [InlineData("schema.dump")]
    public async Task Other_files_are_not_SG116(string file)
    {
        using var repo = new TempRepository().Write("0001_a.sql", "SELECT 1;").Write(file, "x");
        Assert.Empty((await Load(repo)).Findings);
    }

    [Theory]
    [InlineData("V13__add_x.sql", "13_add_x.sql")]
    [InlineData("0013-add-x.sql", "0013_add-x.sql")]
    public async Task A_malformed_name_of_a_known_shape_says_what_to_rename_it_to(string file, string suggested)
    {
        using var repo = new TempRepository().Write(file, "SELECT 1;");
        var finding = Assert.Single((await Load(repo)).Findings);
        Assert.Equal("SG102", finding.RuleId);
        Assert.Contains($"Rename it to {suggested}.", finding.Message);
    }

    [Fact]
    public async Task Missing_folder_is_a_usage_error_naming_it()
    {
        using var repo = new TempRepository();
        var error = await Assert.ThrowsAsync<UsageException>(() => MigrationSource.LoadAsync("db/migrations", repo.Root, CancellationToken.None));
        Assert.Contains("db/migrations", error.Message);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Fact]
    public async Task Duplicate_version_is_one_finding_naming_every_file_and_none_is_loaded()
    {
        using var repo = new TempRepository()
            .Write("0001_init.sql", "SELECT 1;")
            .Write("0002_alpha.sql", "SELECT 2;")
            .Write("2_beta.sql", "SELECT 2;")
            .Write("002_gamma.sql", "SELECT 2;")
            .Write("0003_next.sql", "SELECT 3;");
        var set = await Load(repo);
        var finding = Assert.Single(set.Findings);
        Assert.Equal("SG101", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("migrations/2_beta.sql", finding.File);
        Assert.Contains("migrations/0002_alpha.sql", finding.Message);
        Assert.Contains("migrations/002_gamma.sql", finding.Message);
        Assert.Contains("migrations/2_beta.sql", finding.Message);
        Assert.Equal("migrations/0002_alpha.sql, migrations/002_gamma.sql", finding.Object);
        Assert.Equal([1, 3], set.Scripts.Select(s => (int)s.Version));
    }

    [Fact]
    public async Task Malformed_names_are_reported_and_skipped()
    {
        using var repo = new TempRepository()
            .Write("0001_init.sql", "SELECT 1;")
            .Write("init.sql", "SELECT 1;")
            .Write("0002 add.sql", "SELECT 2;");
        var set = await Load(repo);
        Assert.Equal(
            [("SG102", "migrations/0002 add.sql"), ("SG102", "migrations/init.sql")],
            set.Findings.Select(f => (f.RuleId, f.File)));
        Assert.Equal([1], set.Scripts.Select(s => (int)s.Version));
    }

    [Fact]
    public async Task Down_script_without_up_is_reported()
    {
        using var repo = new TempRepository()
            .Write("0001_init.sql", "SELECT 1;")
            .Write("0002_gone.down.sql", "SELECT 2;");
        var set = await Load(repo);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(("SG103", "migrations/0002_gone.down.sql"), (finding.RuleId, finding.File));
        Assert.Null(Assert.Single(set.Scripts).Down);
    }

    [Fact]
    public async Task Gaps_are_notices_naming_the_missing_versions()
    {
        using var repo = new TempRepository()
            .Write("0001_a.sql", "SELECT 1;")
            .Write("0003_c.sql", "SELECT 3;")
            .Write("0007_g.sql", "SELECT 7;")
            .Write("0008_h.sql", "SELECT 8;");
        var set = await Load(repo);
        Assert.All(set.Findings, f => Assert.Equal(("SG104", Severity.Notice), (f.RuleId, f.Severity)));
        Assert.Equal(
            [("migrations/0003_c.sql", "Versions jump from 1 to 3: 2 is missing."), ("migrations/0007_g.sql", "Versions jump from 3 to 7: 4 to 6 are missing.")],
            set.Findings.Select(f => (f.File, f.Message)));
        Assert.Equal(4, set.Scripts.Count);
    }

    [Fact]
    public async Task Timestamp_versions_have_no_gap_notices()
    {
        using var repo = new TempRepository()
            .Write("20240101120000_a.sql", "SELECT 1;")
            .Write("20240305093000_b.sql", "SELECT 2;");
        Assert.Empty((await Load(repo)).Findings);
    }

    [Fact]
    public async Task Non_utf8_file_is_reported_at_the_line_of_the_bad_byte()
    {
        using var repo = new TempRepository()
            .WriteBytes("0001_latin1.sql", [.. "SELECT 1;\nSELECT 'caf"u8, 0xE9, .. "';\n"u8]);
        var set = await Load(repo);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(("SG105", "migrations/0001_latin1.sql", 2, 12), (finding.RuleId, finding.File, finding.Line, finding.Column));
        Assert.Contains("UTF-8", finding.Message);
        Assert.Empty(set.Scripts);
    }

    [Fact]
    public async Task Lex_errors_are_reported_one_per_error_with_position()
    {
        using var repo = new TempRepository()
            .Write("0001_bad.sql", "SELECT 1;\n\nCREATE FUNCTION f() RETURNS int AS $body$\n  SELECT 1;\n");
        var set = await Load(repo);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(("SG105", "migrations/0001_bad.sql", 3, 36), (finding.RuleId, finding.File, finding.Line, finding.Column));
        Assert.Equal("Unterminated dollar-quoted string $body$ (opened at line 3, column 36).", finding.Message);
        Assert.Single(set.Scripts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n")]
    [InlineData("-- nothing yet\n/* todo */\n")]
    public async Task Empty_script_is_a_warning(string text)
    {
        using var repo = new TempRepository().Write("0001_empty.sql", text);
        var set = await Load(repo);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(("SG106", Severity.Warning, "migrations/0001_empty.sql"), (finding.RuleId, finding.Severity, finding.File));
    }

    [Fact]
    public async Task Bom_is_removed_from_text_and_crlf_kept_but_checksum_normalised()
    {
        using var repo = new TempRepository()
            .WriteBytes("0001_bom.sql", [0xEF, 0xBB, 0xBF, .. "SELECT 1;\r\nSELECT 2;\r\n"u8])
            .Write("0002_lf.sql", "SELECT 1;\nSELECT 2;\n");
        var set = await Load(repo);
        Assert.Empty(set.Findings);
        var (bom, lf) = (set.Scripts[0], set.Scripts[1]);
        Assert.Equal("SELECT 1;\r\nSELECT 2;\r\n", bom.Text);
        Assert.Equal((1, 1), (bom.Sql.Statements[0].Line, bom.Sql.Statements[0].Column));
        Assert.Equal((2, 1), (bom.Sql.Statements[1].Line, bom.Sql.Statements[1].Column));
        Assert.Equal(lf.Checksum, bom.Checksum);
    }

    [Fact]
    public async Task Directive_problems_are_findings_and_directives_are_attached()
    {
        using var repo = new TempRepository().Write("0001_idx.sql",
            "-- schemagate:no-transaction\n-- schemagate:allow SG301 reason=\"small table\"\nCREATE INDEX CONCURRENTLY i ON t (a);\n-- schemagate:allow SG202\nALTER TABLE t DROP c;\n");
        var set = await Load(repo);
        var finding = Assert.Single(set.Findings);
        Assert.Equal(("SG107", 4, 1), (finding.RuleId, finding.Line, finding.Column));
        var script = Assert.Single(set.Scripts);
        Assert.True(script.Directives.NoTransaction);
        Assert.Equal(("SG301", 0), (Assert.Single(script.Directives.Allows).RuleId, script.Directives.Allows[0].StatementIndex));
    }

    [Fact]
    public async Task Psql_meta_commands_and_copy_from_stdin_are_unsupported_without_leaking_arguments()
    {
        using var repo = new TempRepository().Write("0001_psql.sql",
            "\\connect postgresql://admin:hunter2@db/prod\nCREATE TABLE t (a int, b text);\nCOPY t (a, b) FROM stdin;\n1\tx\n\\.\nSELECT 1;\n");
        var set = await Load(repo);
        Assert.Equal([("SG111", 1, 1), ("SG111", 3, 1)], set.Findings.Select(f => (f.RuleId, f.Line!.Value, f.Column!.Value)));
        Assert.Contains("\\connect", set.Findings[0].Message);
        Assert.DoesNotContain("hunter2", set.Findings[0].Message);
        Assert.Contains("COPY", set.Findings[1].Message);
    }

    [Fact]
    public async Task A_script_too_large_to_keep_its_tokens_loads_as_a_small_one_does_with_copy_data_and_one_huge_insert()
    {
        var copyRows = Enumerable.Range(1, 80_000).Select(i => $"{i}\tit's; \"quoted\" $$ -- no comment /* {i}\n");
        var insertRows = Enumerable.Range(1, 80_000).Select(i => $"({i}, 'name {i}; it''s')");
        var text = "\\connect postgresql://admin:hunter2@db/prod\nCREATE TABLE t (a int, b text);\nCOPY t (a, b) FROM stdin;\n"
                   + string.Concat(copyRows) + "\\.\nINSERT INTO t (a, b) VALUES " + string.Join(",\n", insertRows) + ";\nSELECT 1;\n";
        Assert.True(text.Length > SqlScript.RelexAbove);
        using var repo = new TempRepository().Write("0001_big.sql", text);

        var set = await Load(repo);

        Assert.Equal([("SG111", 1, 1), ("SG111", 3, 1)], set.Findings.Select(f => (f.RuleId, f.Line!.Value, f.Column!.Value)));
        var script = Assert.Single(set.Scripts);
        Assert.Equal(text, script.Text);
        Assert.Equal(ScriptChecksum.Of(text), script.Checksum);
        Assert.IsType<RelexedTokens>(script.Sql.Statements[0].Tokens);
        var kept = SqlScript.Parse(text, relexTokens: false);
        Assert.Equal(kept.Statements, script.Sql.Statements);
        Assert.Equal(6, script.Sql.Statements.Count);
        Assert.True(script.Sql.Statements[3].IsPsqlMeta);
        Assert.EndsWith("\\.", script.Sql.Statements[3].Text);
        Assert.Equal(9 + 80_000 * 5 + 79_999, script.Sql.Statements[4].Tokens.Count);
    }

    [Fact]
    public async Task Absolute_folder_paths_work_and_paths_stay_relative_to_the_root()
    {
        using var repo = new TempRepository().Write("0001_a.sql", "SELECT 1;");
        var set = await MigrationSource.LoadAsync(repo.Migrations, repo.Root, CancellationToken.None);
        Assert.Equal("migrations/0001_a.sql", Assert.Single(set.Scripts).RelativePath);
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        using var repo = new TempRepository().Write("0001_a.sql", "SELECT 1;");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MigrationSource.LoadAsync("migrations", repo.Root, cts.Token));
    }
}
