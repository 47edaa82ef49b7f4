namespace SchemaGate.Sql;

/// <summary>
/// One statement of a script. <see cref="Text"/> runs from the first to the last token of the statement
/// (without the terminating <c>;</c> and without surrounding whitespace or comments; comments inside it are
/// kept). <see cref="Offset"/>, <see cref="Line"/> and <see cref="Column"/> locate its first token (1-based
/// line and column, columns counted in UTF-16 chars, a tab counts as 1). <see cref="Tokens"/> holds no trivia.
/// The text is sliced from the script's source the first time it is asked for, so a parsed script does not hold
/// its SQL twice.
/// </summary>
public sealed record SqlStatement
{
    private readonly string _source;
    private string? _text;

    public SqlStatement(int Index, string Text, int Offset, int Line, int Column, IReadOnlyList<SqlToken> Tokens)
        : this(Index, Text, 0, Text?.Length ?? 0, Offset, Line, Column, Tokens)
    {
        _text = Text;
    }

    internal SqlStatement(int index, string source, int start, int length, int offset, int line, int column, IReadOnlyList<SqlToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(tokens);
        _source = source;
        SourceStart = start;
        Length = length;
        Index = index;
        Offset = offset;
        Line = line;
        Column = column;
        Tokens = tokens;
    }

    public int Index { get; }

    public string Text => _text ??= SourceStart == 0 && Length == _source.Length ? _source : _source.Substring(SourceStart, Length);

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }

    public IReadOnlyList<SqlToken> Tokens { get; }

    private int SourceStart { get; }

    private int Length { get; }

    /// <summary>Offset just past the statement's last token (the <c>;</c>, if any, is not included).</summary>
    public int End => Offset + Length;

    /// <summary>True when the statement is a psql meta-command (or a COPY data block) rather than SQL.</summary>
    public bool IsPsqlMeta => Tokens.Count == 1 && Tokens[0].Kind == SqlTokenKind.PsqlMeta;

    public bool Equals(SqlStatement? other) =>
        other is not null && Index == other.Index && Offset == other.Offset && Line == other.Line && Column == other.Column
        && Text == other.Text && Tokens.SequenceEqual(other.Tokens);

    public override int GetHashCode() => HashCode.Combine(Index, Offset, Line, Column, Length);

    public void Deconstruct(out int Index, out string Text, out int Offset, out int Line, out int Column, out IReadOnlyList<SqlToken> Tokens)
    {
        Index = this.Index;
        Text = this.Text;
        Offset = this.Offset;
        Line = this.Line;
        Column = this.Column;
        Tokens = this.Tokens;
    }
}
