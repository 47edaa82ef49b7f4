namespace SchemaGate.Diff;

public enum ChangeKind
{
    Added,
    Removed,
    Altered,
}
