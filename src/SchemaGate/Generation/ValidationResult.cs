using SchemaGate.Diff;

namespace SchemaGate.Generation;

/// <summary>
/// What applying a generated migration to a copy of its source showed. <see cref="Failure"/>: the statement that
/// failed; <see cref="Remaining"/>: how the result still differs from the target; <see cref="CopyDifferences"/>: how
/// a copy rebuilt from a snapshot differed from that snapshot before the migration ran (then the validation is only
/// as good as the copy); <see cref="CopyFailure"/>: the copy could not be made at all. <see cref="Passed"/> only when
/// the copy was exact, the migration applied and nothing differs.
/// </summary>
public sealed record ValidationResult(
    string CopyMethod,
    string ServerVersion,
    string? Failure,
    IReadOnlyList<SchemaChange> Remaining,
    IReadOnlyList<SchemaChange> CopyDifferences,
    IReadOnlyDictionary<(Planning.ScriptPhase Phase, int Statement), IReadOnlyList<StatementAnnotation>> Traced,
    string? CopyFailure = null)
{
    public bool Passed => CopyFailure is null && Failure is null && Remaining.Count == 0 && CopyDifferences.Count == 0;
}
