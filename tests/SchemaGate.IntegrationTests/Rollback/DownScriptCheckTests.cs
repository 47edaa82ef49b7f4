using SchemaGate.Findings;
using SchemaGate.Judgement;
using SchemaGate.Catalog;
using SchemaGate.Diff;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Migrations.Runner;
using SchemaGate.Migrations.Source;
using SchemaGate.Rollback;

namespace SchemaGate.IntegrationTests.Rollback;

/// <summary>CheckDownScripts on the fixture server: up, down, same schema, up again.</summary>
public sealed class DownScriptCheckTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private Task<DownCheckResult> CheckAsync(MigrationSet set) =>
        new DownScriptCheck(fixture.Server, new MigrationRunnerOptions(), SnapshotOptions.Default, DiffOptions.Default)
            .RunAsync(set.Scripts, CancellationToken.None);

    [Fact]
    public async Task The_sample_down_scripts_all_restore_the_schema_and_allow_up_again()
    {
        var set = await MigrationSource.LoadAsync(Repository.SampleMigrations, Repository.Root, CancellationToken.None);

        var result = await CheckAsync(set);

        Assert.Empty(result.Findings);
        Assert.Null(result.StoppedEarly);
        Assert.Equal(7, result.WithDownScript);
        Assert.Equal(["0001", "0002", "0003", "0005", "0006", "0007", "0009"], result.Passed.Select(s => s.FileName[..4]));
    }

    [Fact]
    public async Task A_down_script_postgres_rejects_is_SG113_at_its_file_and_line_and_the_walk_goes_on()
    {
        using var files = new TempMigrations(
            ("0001_t.sql", "create table t (id int primary key);\ncreate type t_kind as enum ('a');\nalter table t add column kind t_kind;\n"),
            ("0001_t.down.sql", "-- undo 0001\ndrop type t_kind;\ndrop table t;\n"),
            ("0002_u.sql", "create table u (id int);"),
            ("0002_u.down.sql", "drop table u;"));

        var result = await CheckAsync(await files.LoadAsync());

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SG113", finding.RuleId);
        Assert.Equal("migrations/0001_t.down.sql", finding.File);
        Assert.Equal(2, finding.Line);
        Assert.Contains("cannot drop type t_kind", finding.Message);
        Assert.Equal("0002_u.sql", Assert.Single(result.Passed).FileName);
    }

    [Fact]
    public async Task A_down_script_that_leaves_a_column_is_SG114_listing_the_difference()
    {
        using var files = new TempMigrations(
            ("0001_t.sql", "create table t (id int primary key);"),
            ("0002_note.sql", "alter table t add column note text;\ncreate index t_note_idx on t (note);"),
            ("0002_note.down.sql", "drop index t_note_idx;"),
            ("0003_u.sql", "create table u (id int);"),
            ("0003_u.down.sql", "drop table u;"));

        var result = await CheckAsync(await files.LoadAsync());

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SG114", finding.RuleId);
        Assert.Equal("migrations/0002_note.down.sql", finding.File);
        Assert.Contains("+ column public.t.note", finding.Message);
        Assert.DoesNotContain("t_note_idx", finding.Message);
        // The database was rebuilt after the finding, so the next down script is still checked on a sound schema.
        Assert.Equal("0003_u.sql", Assert.Single(result.Passed).FileName);
    }

    [Fact]
    public async Task Rows_left_behind_that_make_up_fail_again_are_SG115_on_the_down_script()
    {
        using var files = new TempMigrations(
            ("0001_kinds.sql", "create table kinds (code text primary key);"),
            ("0002_alerts.sql", "create table alerts (id int);\ninsert into kinds (code) values ('alert');\n"),
            ("0002_alerts.down.sql", "drop table alerts;"));

        var result = await CheckAsync(await files.LoadAsync());

        var finding = Assert.Single(result.Findings);
        Assert.Equal("SG115", finding.RuleId);
        Assert.Equal("migrations/0002_alerts.down.sql", finding.File);
        Assert.Equal("migrations/0002_alerts.sql:2:1", finding.Object);
        Assert.Contains("duplicate key", finding.Message);
        Assert.Empty(result.Passed);
    }

    [Fact]
    public async Task A_down_script_that_also_deletes_its_rows_passes()
    {
        using var files = new TempMigrations(
            ("0001_kinds.sql", "create table kinds (code text primary key);"),
            ("0002_alerts.sql", "create table alerts (id int);\ninsert into kinds (code) values ('alert');\n"),
            ("0002_alerts.down.sql", "delete from kinds where code = 'alert';\ndrop table alerts;"));

        var result = await CheckAsync(await files.LoadAsync());

        Assert.Empty(result.Findings);
        Assert.Equal("0002_alerts.sql", Assert.Single(result.Passed).FileName);
    }

    [Fact]
    public async Task An_allow_file_in_the_down_script_accepts_its_finding()
    {
        using var files = new TempMigrations(
            ("0001_t.sql", "create table t (id int primary key);\nalter table t add column note text;"),
            ("0001_t.down.sql", "-- schemagate:allow-file SG114 reason=\"the column is dropped by 0001's table drop in the next release\"\nselect 1;"));
        var set = await files.LoadAsync();

        var result = await CheckAsync(set);
        var allowed = AllowDirectives.Apply(result.Findings, AllowDirectives.From(set), Analyses.DownScripts);

        var finding = Assert.Single(allowed);
        Assert.Equal("SG114", finding.RuleId);
        Assert.NotNull(finding.Suppressed);
        Assert.False(Judge.IsBlocking(finding, strict: false));
    }
}
