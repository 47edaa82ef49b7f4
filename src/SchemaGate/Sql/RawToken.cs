namespace SchemaGate.Sql;

/// <summary>A token before its text is sliced out, so trivia never allocates.</summary>
internal readonly record struct RawToken(SqlTokenKind Kind, int Offset, int Length)
{
    public int End => Offset + Length;
}
