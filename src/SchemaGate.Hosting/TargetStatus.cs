namespace SchemaGate.Hosting;

public enum TargetStatus
{
    NotRun,
    Succeeded,
    Failed,
    Skipped,
    Aborted,
}
