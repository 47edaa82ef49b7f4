using SchemaGate.Findings;

namespace SchemaGate.Migrations.Runner;

/// <summary>SG110 (history family): a script the server rejected while the runner applied it.</summary>
public static class RunnerRules
{
    public static readonly Rule MigrationFailed = new("SG110", RuleFamily.History, "Migration failed to apply", Severity.Error,
        "PostgreSQL rejected a statement of the script; the script's transaction was rolled back and nothing was recorded.",
        "Fix the statement at the file, line and column given; the server's message says what is wrong.")
    { ReportedBy = Analyses.Apply };
}
