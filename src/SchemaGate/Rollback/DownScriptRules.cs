using SchemaGate.Findings;

namespace SchemaGate.Rollback;

/// <summary>SG113-SG115 (history family): down scripts checked on the ephemeral server by CheckDownScripts.</summary>
public static class DownScriptRules
{
    public static readonly Rule DownScriptFailed = new("SG113", RuleFamily.History, "Down script fails", Severity.Error,
        "Run right after its up script on the ephemeral server, the down script was rejected by PostgreSQL: a rollback would fail the same way.",
        "Fix the statement at the file, line and column given; a down script must undo exactly what its up script created.")
    { ReportedBy = Analyses.DownScripts };

    public static readonly Rule DownScriptIncomplete = new("SG114", RuleFamily.History, "Down script does not restore the schema", Severity.Error,
        "After up then down, the schema differs from the schema before up: the down script leaves objects behind, removes too much, or changes something else.",
        "Make the down script reverse every change of its up script (the differences listed), in reverse order.")
    { ReportedBy = Analyses.DownScripts };

    public static readonly Rule UpFailsAfterDown = new("SG115", RuleFamily.History, "Up script fails again after its down script", Severity.Error,
        "After up then down, applying the up script again failed: the down script left something behind that the snapshot does not show (rows, sequences' state, objects outside the compared schemas).",
        "Make the down script remove what the up script adds, data included, so the migration can be re-applied after a rollback.")
    { ReportedBy = Analyses.DownScripts };
}
