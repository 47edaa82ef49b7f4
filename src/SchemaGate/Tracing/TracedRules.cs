using SchemaGate.Findings;

namespace SchemaGate.Tracing;

/// <summary>
/// SG315-SG316: locking facts observed while a script ran on the ephemeral server (the traced analysis), which the
/// static rules cannot see when the statement hides in a function, a DO block or dynamic SQL.
/// </summary>
public static class TracedRules
{
    public static readonly Rule BlockingLock = new("SG315", RuleFamily.Locking, "Statement locks an existing table against writes", Severity.Warning,
        "While the script ran, a statement took ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE or SHARE on a table that existed before the script: writes (and with ACCESS EXCLUSIVE reads too) wait until the script's transaction ends.",
        "Keep the locking statement short and alone in its script with a lock_timeout, or use the online form (CONCURRENTLY, NOT VALID then VALIDATE, add column then backfill).")
    { Effects = RuleEffects.BlocksWrites, Impact = ImpactKind.Table, ReportedBy = Analyses.Traced };

    public static readonly Rule Rewrite = new("SG316", RuleFamily.Locking, "Statement rewrote an existing table or index", Severity.Warning,
        "While the script ran, a statement gave an existing table or index a new data file (relfilenode): the whole relation was copied, under an ACCESS EXCLUSIVE lock, for as long as the copy takes.",
        "Use a form that does not rewrite: add a nullable column or one with a constant default, change types by adding a new column and backfilling in batches, REINDEX CONCURRENTLY.")
    { Effects = RuleEffects.RewritesTable, Impact = ImpactKind.Table, ReportedBy = Analyses.Traced };
}
