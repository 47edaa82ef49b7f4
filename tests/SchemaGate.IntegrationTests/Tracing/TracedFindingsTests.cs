using SchemaGate.Reporting;
using SchemaGate.Judgement;
using SchemaGate.IntegrationTests.Infrastructure;

namespace SchemaGate.IntegrationTests.Tracing;

/// <summary>Traced findings in the pipeline: caught where the static rules are blind, reported once, allowed like any other.</summary>
public sealed class TracedFindingsTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    private const string Alerts = "create table alerts (id bigint primary key, level int not null, payload text);\n";

    private const string DoBlockDrop = """
        -- payload moves to alert_payloads
        do $$
        begin
          execute 'alter table alerts drop column payload';
        end $$;
        """;

    [Fact]
    public async Task A_column_dropped_in_a_DO_block_is_SG202_at_the_block_line_from_the_traced_analysis_only()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_drop_payload.sql", DoBlockDrop));

        var findings = await GateScenario.RunAsync(fixture, repo);

        var drop = Assert.Single(findings.Of("SG202", "0002_drop_payload.sql"));
        Assert.Equal(2, drop.Line);
        Assert.Equal("public.alerts.payload", drop.Object);
        Assert.StartsWith("Traced", FindingText.Describe(drop), StringComparison.Ordinal);
        Assert.True(Judge.IsBlocking(drop, strict: false));
        // The static rules see nothing in the dollar-quoted body: no other finding on that file.
        Assert.All(findings.Where(f => f.File == "migrations/0002_drop_payload.sql"), f => Assert.StartsWith("Traced", FindingText.Describe(f), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_static_drop_table_also_traced_is_reported_once_keeping_the_static_finding_with_the_traced_fact()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_drop.sql", "select 1;\ndrop table alerts;\n"));

        var findings = await GateScenario.RunAsync(fixture, repo);

        var drop = Assert.Single(findings.Of("SG201", "0002_drop.sql"));
        Assert.Equal(2, drop.Line);
        Assert.StartsWith("DROP TABLE public.alerts", FindingText.Describe(drop), StringComparison.Ordinal);
        Assert.Contains("Traced: the statement removed table public.alerts", FindingText.Describe(drop), StringComparison.Ordinal);
        // The lock the DROP took is the same finding too: no SG315 beside it.
        Assert.Empty(findings.Of("SG315", "0002_drop.sql"));
    }

    [Fact]
    public async Task A_static_create_index_carries_its_traced_lock_and_a_type_change_run_through_EXECUTE_is_SG208_with_its_rewrite()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_index.sql", """
            create index alerts_level_idx on alerts (level);
            do $$ begin execute 'alter table alerts alter column level type bigint'; end $$;
            """));

        var findings = await GateScenario.RunAsync(fixture, repo);

        var index = Assert.Single(findings.Of("SG301", "0002_index.sql"));
        Assert.Contains("Traced: SHARE lock on public.alerts", FindingText.Describe(index), StringComparison.Ordinal);
        var type = Assert.Single(findings.Of("SG208", "0002_index.sql"));
        Assert.Equal(2, type.Line);
        Assert.Equal("public.alerts.level", type.Object);
        var text = FindingText.Describe(type);
        Assert.Contains("ran through EXECUTE in the DO block", text, StringComparison.Ordinal);
        Assert.Contains("rewrote table public.alerts", text, StringComparison.Ordinal);
        // The hidden ALTER names the table: its lock and rewrite belong to SG208, not to SG315/SG316 of their own.
        Assert.Empty(findings.Of("SG315", "0002_index.sql"));
        Assert.Empty(findings.Of("SG316", "0002_index.sql"));
    }

    [Fact]
    public async Task A_lock_taken_inside_a_function_is_SG315_at_the_calling_line_naming_the_table_and_mode()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_lock.sql", """
            create function hold_alerts() returns void language plpgsql as $$ begin lock table alerts in share mode; end $$;
            select hold_alerts();
            """));

        var findings = await GateScenario.RunAsync(fixture, repo);

        var hidden = Assert.Single(findings.Of("SG315", "0002_lock.sql"));
        Assert.Equal(2, hidden.Line);
        Assert.Equal("public.alerts", hidden.Object);
        Assert.Contains("SHARE lock on public.alerts", FindingText.Describe(hidden), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_allow_on_the_line_before_the_DO_block_covers_the_traced_SG202_and_is_not_reported_unused()
    {
        using var repo = new TempMigrations(("0001_alerts.sql", Alerts), ("0002_drop_payload.sql",
            "-- schemagate:allow SG202 reason=\"payload moved to alert_payloads in 0014\"\n" + DoBlockDrop));

        var findings = await GateScenario.RunAsync(fixture, repo);

        var drop = Assert.Single(findings.Of("SG202", "0002_drop_payload.sql"));
        Assert.NotNull(drop.Suppressed);
        Assert.Equal("payload moved to alert_payloads in 0014", drop.Suppressed!.Reason);
        Assert.Equal(1, drop.Suppressed.Line);
        Assert.False(Judge.IsBlocking(drop, strict: false));
        Assert.Empty(findings.Of("SG108", "0002_drop_payload.sql"));
    }
}
