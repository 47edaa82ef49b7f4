using SchemaGate.Rules.DataLoss;
using SchemaGate.Reporting;
using SchemaGate.Impact;
using SchemaGate.Migrations.Source;
using SchemaGate.Rules;
using SchemaGate.Sql;
using SchemaGate.Tracing;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>The parts of the traced analysis that need no database: names, wording, which statements are probed.</summary>
public sealed class TracingTextTests
{
    [Theory]
    [InlineData("public.alerts", "public", "alerts", null)]
    [InlineData("public.alerts.payload", "public", "alerts", "payload")]
    [InlineData("\"My Schema\".\"a.b\".\"Col\"", "My Schema", "a.b", "Col")]
    public void Objects_split_into_schema_table_and_column_honouring_quotes(string identity, string schema, string table, string? column) =>
        Assert.Equal(new ImpactTarget(schema, table, column), ImpactTarget.FromObject(identity));

    [Theory]
    [InlineData("app")]
    [InlineData("public.f(integer, text)")]
    [InlineData(null)]
    public void Schemas_and_functions_have_no_table_to_measure(string? identity) => Assert.Null(ImpactTarget.FromObject(identity));

    [Fact]
    public void Impact_reads_as_the_issue_words_it()
    {
        var column = new TableImpact(new ImpactTarget("public", "alerts", "payload"), "public.alerts", 1000, 1204, 319_488, 192);
        Assert.Equal("In production: drops column public.alerts.payload: 192 rows hold a value (table: 1,204 rows, 312 kB).", FindingText.Impact(DropColumnRule.Definition, column));
        var table = column with { Target = column.Target with { Column = null }, NonNullValues = null };
        Assert.Equal("In production: drops table public.alerts (1,204 rows, 312 kB).", FindingText.Impact(DropTableRule.Definition, table));
        var big = table with { ExactRows = null, EstimatedRows = 2_100_000, TotalBytes = 1_288_490_189 };
        Assert.Equal("In production: public.alerts holds about 2.1 million rows, 1.2 GB; the lock lasts for the whole statement.", FindingText.Impact(TracedRules.BlockingLock, big));
    }

    [Fact]
    public void Lock_modes_rank_and_read_in_capitals()
    {
        Assert.True(LockModes.BlocksWrites("ShareLock"));
        Assert.True(LockModes.BlocksWrites("ShareRowExclusiveLock"));
        Assert.False(LockModes.BlocksWrites("ShareUpdateExclusiveLock"));
        Assert.Equal("AccessExclusiveLock", LockModes.Strongest(["RowExclusiveLock", "AccessExclusiveLock", "ShareLock"]));
        Assert.Equal("SHARE ROW EXCLUSIVE", LockModes.Display("ShareRowExclusiveLock"));
    }

    [Fact]
    public void Only_statements_that_cannot_reach_existing_objects_skip_the_probe()
    {
        var sql = SqlScript.Parse("""
            create table a (id int generated always as identity primary key, n text check (n <> ''));
            create index a_n on a (n);
            create table b (id int references a);
            create index old_n on old (n);
            comment on table a is 'x';
            create table c as select * from old;
            select purge();
            create or replace function f() returns int language sql as $$ select 1 $$;
            """);
        var script = new MigrationScript(1, "t", "0001_t.sql", "migrations/0001_t.sql", "", "", sql, ScriptDirectives.None, null);
        var filter = new ProbeFilter(new ScriptContext(script));

        Assert.Equal([true, true, false, false, true, false, false, true], sql.Statements.Select(filter.CannotTouchExisting));
    }
}
