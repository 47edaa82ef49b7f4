namespace SchemaGate.Rollback;

/// <summary>What Rollback did: the plan it followed and the steps it completed (all of them on success).</summary>
public sealed record RollbackResult(RollbackPlan Plan, IReadOnlyList<RollbackStep> RolledBack);
