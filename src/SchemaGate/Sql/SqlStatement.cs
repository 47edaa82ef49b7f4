namespace SchemaGate.Sql;

/// <summary>
/// One statement of a script. <see cref="Text"/> runs from the first to the last token of the statement
/// (without the terminating <c>;</c> and without surrounding whitespace or comments; comments inside it are
/// kept). <see cref="Offset"/>, <see cref="Line"/> and <see cref="Column"/> locate its first token (1-based
/// line and column, columns counted in UTF-16 chars, a tab counts as 1). <see cref="Tokens"/> holds no trivia.
/// The text is sliced from the script's source the first time it is asked for, so a parsed script does not hold
/// its SQL twice. A statement of a large script (see <see cref="SqlScript.Parse(string)"/>) holds only its range:
/// its tokens are lexed again when asked for (<see cref="RelexedTokens"/>) and kept only as long as a caller holds
/// them or the GC leaves them, and its text is sliced anew each time (the runner asks once), so that a script's tokens
/// and its text never all live at once.
/// </summary>
public sealed record SqlStatement
{
    private readonly string _source;
    private readonly IReadOnlyList<SqlToken>? _tokens;
    private readonly int _relexedCount;
    private readonly bool _relexedIsPsqlMeta;
    private WeakReference<RelexedTokens>? _relexed;
    private string? _text;

    public SqlStatement(int Index, string Text, int Offset, int Line, int Column, IReadOnlyList<SqlToken> Tokens)
        : this(Index, Text, 0, Text?.Length ?? 0, Offset, Line, Column, Tokens)
    {
        _text = Text;
    }

    internal SqlStatement(int index, string source, int start, int length, int offset, int line, int column, IReadOnlyList<SqlToken> tokens)
        : this(index, source, start, length, offset, line, column)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens;
    }

    /// <summary>
    /// A statement whose tokens are lexed again from <paramref name="source"/> when asked for: <paramref name="tokenCount"/> of
    /// them, or, when <paramref name="isPsqlMeta"/>, the one psql meta-command or COPY data token that spans the statement.
    /// </summary>
    internal SqlStatement(int index, string source, int start, int length, int line, int column, int tokenCount, bool isPsqlMeta)
        : this(index, source, start, length, start, line, column)
    {
        _relexedCount = tokenCount;
        _relexedIsPsqlMeta = isPsqlMeta;
    }

    private SqlStatement(int index, string source, int start, int length, int offset, int line, int column)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        SourceStart = start;
        Length = length;
        Index = index;
        Offset = offset;
        Line = line;
        Column = column;
    }

    public int Index { get; }

    public string Text => _tokens is null ? Slice() : _text ??= Slice();

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }

    public IReadOnlyList<SqlToken> Tokens => _tokens ?? Relexed();

    private int SourceStart { get; }

    private int Length { get; }

    /// <summary>Offset just past the statement's last token (the <c>;</c>, if any, is not included).</summary>
    public int End => Offset + Length;

    /// <summary>True when the statement is a psql meta-command (or a COPY data block) rather than SQL.</summary>
    public bool IsPsqlMeta => _tokens is null ? _relexedIsPsqlMeta : _tokens.Count == 1 && _tokens[0].Kind == SqlTokenKind.PsqlMeta;

    public bool Equals(SqlStatement? other) =>
        other is not null && Index == other.Index && Offset == other.Offset && Line == other.Line && Column == other.Column
        && Text == other.Text && Tokens.SequenceEqual(other.Tokens);

    private string Slice() => SourceStart == 0 && Length == _source.Length ? _source : _source.Substring(SourceStart, Length);

    /// <summary>The tokens lexed again, or those still alive from the last time (callers hold them while they read them).</summary>
    private IReadOnlyList<SqlToken> Relexed()
    {
        var cached = _relexed;
        if (cached is not null && cached.TryGetTarget(out var alive)) return alive;
        var tokens = new RelexedTokens(_source, SourceStart, SourceStart + Length, _relexedCount, _relexedIsPsqlMeta);
        if (cached is null) _relexed = new WeakReference<RelexedTokens>(tokens);
        else cached.SetTarget(tokens);
        return tokens;
    }

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
