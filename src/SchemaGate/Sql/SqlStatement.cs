namespace SchemaGate.Sql;

/// <summary>
/// One statement of a script. <see cref="Text"/> runs from the first to the last token of the statement
/// (without the terminating <c>;</c> and without surrounding whitespace or comments; comments inside it are
/// kept). <see cref="Offset"/>, <see cref="Line"/> and <see cref="Column"/> locate its first token (1-based
/// line and column, columns counted in UTF-16 chars, a tab counts as 1). <see cref="Tokens"/> holds no trivia.
/// </summary>
public sealed record SqlStatement(int Index, string Text, int Offset, int Line, int Column, IReadOnlyList<SqlToken> Tokens)
{
    /// <summary>Offset just past the statement's last token (the <c>;</c>, if any, is not included).</summary>
    public int End => Offset + Text.Length;

    /// <summary>True when the statement is a psql meta-command (or a COPY data block) rather than SQL.</summary>
    public bool IsPsqlMeta => Tokens.Count == 1 && Tokens[0].Kind == SqlTokenKind.PsqlMeta;
}
