using SchemaGate.Findings;
using SchemaGate.IntegrationTests.Infrastructure;
using SchemaGate.Judgement;
using SchemaGate.Reporting;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>
/// Row-level data loss that no statement text shows: TRUNCATE, DELETE or UPDATE without WHERE run through EXECUTE, a
/// function, a procedure, a DO block or a trigger. The traced run reads the statements the server ran (pg_stat_statements)
/// and the static rules judge them, so each is the same rule as its plain form, at the calling statement's line, naming
/// the table and how the statement was reached. The safe forms (a WHERE clause, a table the change itself created) are not.
/// </summary>
public sealed class HiddenDataLossTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string Alerts = "create table alerts (id bigint primary key, level int not null, payload text);\ncreate table alert_log (id bigint);\n";

    public static TheoryData<string, string, string, int, string> Hidden => new()
    {
        { "truncate built at run time in a DO block", "do $$ begin execute 'truncate ' || 'alerts'; end $$;", "SG205", 1, "through EXECUTE (dynamic SQL built at run time) in the DO block" },
        { "delete in a plpgsql function", "create function purge_alerts() returns void language plpgsql as $$ begin delete from alerts; end $$;\nselect purge_alerts();", "SG206", 2, "in function purge_alerts()" },
        { "delete in a SQL function", "create function purge() returns void language sql as $$ delete from alerts $$;\nselect purge();", "SG206", 2, "in function purge()" },
        { "update in a procedure", "create procedure reset_levels() language plpgsql as $$ begin update alerts set level = 0; end $$;\ncall reset_levels();", "SG207", 2, "in procedure reset_levels()" },
        { "delete written in the DO block", "do $$\nbegin\n  delete from alerts;\nend $$;", "SG206", 1, "in the DO block" },
        { "delete through EXECUTE format", "do $$ begin execute format('DELETE FROM %I', 'alerts'); end $$;", "SG206", 1, "through EXECUTE (dynamic SQL built at run time) in the DO block" },
        { "truncate as an EXECUTE literal", "do $$ begin execute 'TRUNCATE alerts'; end $$;", "SG205", 1, "through EXECUTE in the DO block" },
        { "delete in a trigger the script fires", "create function wipe() returns trigger language plpgsql as $$ begin delete from alerts; return new; end $$;\ncreate trigger wipe_on_log after insert on alert_log for each row execute function wipe();\ninsert into alert_log values (1);", "SG206", 3, "in trigger function wipe()" },
        { "truncate with cascade through a function", "create function clean() returns void language plpgsql as $$ begin truncate alerts cascade; end $$;\nselect clean();", "SG205", 2, "in function clean()" },
    };

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task Hidden_row_loss_is_the_rule_of_its_plain_form_at_the_calling_line(string name, string sql, string rule, int line, string via)
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_change.sql", sql));

        var findings = await GateScenario.RunAsync(fixture, repo);

        var finding = Assert.Single(findings.Of(rule, "0002_change.sql"));
        Assert.True(line == finding.Line, $"{name}: line {finding.Line}");
        Assert.Equal("public.alerts", finding.Object);
        var ran = Assert.Single(finding.Evidence.Trace, f => f.Kind == TraceFactKind.Ran);
        Assert.Equal(via, ran.Via);
        Assert.Contains("Traced: ", FindingText.Describe(finding), StringComparison.Ordinal);
        Assert.True(Judge.IsBlocking(finding, strict: false), name);
    }

    public static TheoryData<string, string> Safe => new()
    {
        { "delete with a WHERE clause in a function", "create function purge_old() returns void language plpgsql as $$ begin delete from alerts where level < 0; end $$;\nselect purge_old();" },
        { "update with a WHERE clause through EXECUTE", "do $$ begin execute format('update %I set level = 1 where id = %s', 'alerts', 7); end $$;" },
        { "truncate of a table the script created", "create table staging (id int);\ndo $$ begin execute 'truncate staging'; end $$;" },
        { "delete from a table created inside the DO block", "do $$ begin create table scratch (id int); delete from scratch; end $$;" },
        { "a function defined but never called", "create function purge_all() returns void language plpgsql as $$ begin delete from alerts; end $$;" },
    };

    [Theory]
    [MemberData(nameof(Safe))]
    public async Task Safe_forms_are_not_row_loss(string name, string sql)
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_change.sql", sql));

        var findings = await GateScenario.RunAsync(fixture, repo);

        Assert.True(!findings.Any(f => f.File == "migrations/0002_change.sql" && f.RuleId is "SG205" or "SG206" or "SG207"),
            $"{name}: {string.Join("; ", findings.Where(f => f.File == "migrations/0002_change.sql").Select(f => f.RuleId + " " + FindingText.Describe(f)))}");
    }

    [Fact]
    public async Task A_table_created_by_an_earlier_script_of_the_change_is_new_so_emptying_it_loses_nothing()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts),
            ("0002_staging.sql", "create table staging (id int);"),
            ("0003_reset.sql", "do $$ begin execute 'truncate staging'; end $$;\ntruncate staging;"));
        await using var gate = GateScenario.Pipeline(fixture, repo);
        var change = Judgement.ChangeSet.Of(["migrations/0002_staging.sql", "migrations/0003_reset.sql"], "test");

        var findings = await GateScenario.RunWithChangeAsync(gate, change);

        Assert.Empty(findings.Of("SG205", "0003_reset.sql"));
        // Without knowing the change, staging may exist in production already: both TRUNCATEs are data loss.
        Assert.Equal(2, (await GateScenario.RunAsync(fixture, repo)).Of("SG205", "0003_reset.sql").Count);
    }
}
