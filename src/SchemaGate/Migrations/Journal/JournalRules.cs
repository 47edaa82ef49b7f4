using SchemaGate.Findings;

namespace SchemaGate.Migrations.Journal;

/// <summary>SG112 and SG12x (history family): the journal, and production's journal compared with the migration files.</summary>
public static class JournalRules
{
    public static readonly Rule JournalWithoutChecksum = new("SG112", RuleFamily.History, "Journal rows without checksum", Severity.Notice,
        "The journal was written by DbUp (or an older tool) and some rows have no checksum, so edits to those scripts cannot be detected.",
        "Nothing to do: new rows get a checksum. Re-baseline if you need edit detection for old scripts.")
    { ReportedBy = Analyses.Drift };

    public static readonly Rule Pending = new("SG120", RuleFamily.History, "Pending migration", Severity.Notice,
        "The file is not in production's journal: this deployment will apply it.",
        "Nothing to do; check the destructive and locking findings for this script.")
    { ReportedBy = Analyses.Drift };

    public static readonly Rule MissingFile = new("SG121", RuleFamily.History, "Applied migration has no file", Severity.Error,
        "Production's journal records a script that is no longer in the migrations folder, so history cannot be rebuilt.",
        "Restore the file exactly as it was applied (from git history); never delete an applied migration.")
    { ReportedBy = Analyses.Drift };

    public static readonly Rule EditedAfterApply = new("SG122", RuleFamily.History, "Migration edited after it was applied", Severity.Error,
        "The file's checksum differs from the one recorded when production applied it: production ran other SQL than the file holds.",
        "Revert the edit and put the change in a new migration with a higher version.")
    { ReportedBy = Analyses.Drift };

    public static readonly Rule OutOfOrder = new("SG123", RuleFamily.History, "Migration out of order", Severity.Error,
        "A pending file's version is below the highest version production has applied; it would run after newer scripts.",
        "Renumber the new file above the highest applied version (it has not been applied anywhere yet).")
    { ReportedBy = Analyses.Drift };

    public static readonly Rule ForeignName = new("SG124", RuleFamily.History, "Journal row from another tool", Severity.Warning,
        "The journal row names the script the way another tool does (for example DbUp's Namespace.Scripts.0001_x.sql); it was matched to the file by suffix and adopted.",
        "Nothing to do if the row is DbUp's; new rows use the plain file name. If the team also deploys these files with DbUp, give --deployer dbup so the gate checks where DbUp would run them differently (SG117-SG119).")
    { ReportedBy = Analyses.Drift };
}
