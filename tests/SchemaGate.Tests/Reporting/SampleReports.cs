using SchemaGate.Findings;
using SchemaGate.Reporting;
using SchemaGate.Migrations.Source;
using SchemaGate.Migrations.Runner;

namespace SchemaGate.Tests.Reporting;

/// <summary>Reports with every kind of finding, for the writers' tests.</summary>
internal static class SampleReports
{
    public static Finding Error(string file = "migrations/0002_add_alerts.sql", int? line = 3, int? column = 5) =>
        MigrationFileRules.DuplicateVersion.Report("Version 2 is used by 0002_add_alerts.sql and 2_other.sql", file, line, column);

    public static GateContext Context(bool strict = false) => new()
    {
        ToolVersion = "1.2.3",
        StartedAt = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero),
        Strict = strict,
        Targets = [new TargetRun("Lint", TargetOutcome.Succeeded, TimeSpan.FromMilliseconds(120)), new TargetRun("DeployCheck", TargetOutcome.Failed, TimeSpan.FromSeconds(4.2))],
        Postgres = new PostgresVersions("16.4", "15.8"),
        Migrations = new MigrationSummary(5, 3, ["0004_add_index.sql", "0005_seed.sql"]),
        Drift = new DriftSummary(false, "no production URL"),
        ChecksDone = ["migrations applied from scratch on an ephemeral PostgreSQL"],
        ChecksNotDone = ["drift not checked: no production URL"],
        Timings = [new Timing("ephemeral start", TimeSpan.FromMilliseconds(350))],
    };

    /// <summary>One blocking error, a warning, a notice without file (object only), an allowed error.</summary>
    public static GateReport Mixed(bool strict = false)
    {
        Finding[] findings =
        [
            Error(),
            MigrationFileRules.EmptyScript.Report("The script holds no statement", "migrations/0003_empty.sql", 1),
            MigrationFileRules.VersionGap.Report("Versions jump from 3 to 5") with { File = null, Object = "public.schemaversions" },
            RunnerRules.MigrationFailed.Report("column \"x\" | does not exist\nsecond line", "migrations/0004_add_index.sql", 7, 12) with
            {
                Suppressed = new Suppression(SuppressionKind.Allow, "fixed by hand on prod", "migrations/0004_add_index.sql", 6),
            },
        ];
        return GateReport.From(findings, Context(strict));
    }
}
