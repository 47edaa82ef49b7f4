namespace SchemaGate.Sql;

/// <summary>
/// Groups the lexer's tokens into statements at top-level semicolons. Strings, comments, quoted identifiers
/// and dollar-quoted bodies are single tokens, so their semicolons never split. In
/// <c>CREATE FUNCTION/PROCEDURE ... BEGIN ATOMIC ... END</c> the semicolons of the body do not split either
/// (BEGIN ATOMIC opens a level, CASE inside it opens another, END closes one). A psql meta-command forms its
/// own statement, and so do the data rows after <c>COPY ... FROM STDIN;</c>.
/// </summary>
internal sealed class StatementSplitter
{
    private readonly string _source;
    private readonly LineMap _lines;
    private readonly SqlLexer _lexer;
    private readonly SqlTokenText _text;
    private readonly List<SqlComment> _comments = [];
    private readonly List<SqlStatement> _statements = [];
    private SqlToken[] _tokens = new SqlToken[256];
    private int _count;
    private bool _isCreate;
    private int _atomicDepth;
    private int _lineHint;

    public StatementSplitter(string source, LineMap lines)
    {
        _source = source;
        _lines = lines;
        _lexer = new SqlLexer(source, lines);
        _text = new SqlTokenText(source);
    }

    /// <summary>Tokens of the statement being read so far (the buffer is reused from one statement to the next).</summary>
    private int CurrentCount => _count;

    private void Add(SqlToken token)
    {
        if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[_count++] = token;
    }

    public (IReadOnlyList<SqlStatement> Statements, IReadOnlyList<SqlComment> Comments, IReadOnlyList<SqlLexError> Errors) Split()
    {
        while (_lexer.Next(out var raw))
        {
            switch (raw.Kind)
            {
                case SqlTokenKind.Whitespace:
                    break;
                case SqlTokenKind.LineComment or SqlTokenKind.BlockComment:
                    var (line, column) = _lines.PositionOf(raw.Offset, ref _lineHint);
                    _comments.Add(new SqlComment(_source.Substring(raw.Offset, raw.Length), raw.Offset, line, column,
                        raw.Kind == SqlTokenKind.LineComment));
                    break;
                case SqlTokenKind.PsqlMeta:
                    Flush();
                    Add(_text.Materialize(raw));
                    Flush();
                    break;
                case SqlTokenKind.Semicolon when _atomicDepth > 0:
                    Add(_text.Materialize(raw));
                    break;
                case SqlTokenKind.Semicolon:
                    var copyFromStdin = IsCopyFromStdin(_tokens.AsSpan(0, _count));
                    Flush();
                    if (copyFromStdin && _lexer.NextCopyData(out var data))
                    {
                        Add(_text.Materialize(data));
                        Flush();
                    }
                    break;
                default:
                    var token = _text.Materialize(raw);
                    if (token.Kind == SqlTokenKind.Word) TrackAtomicBody(token);
                    Add(token);
                    break;
            }
        }
        Flush();
        return (_statements, _comments, _lexer.Errors);
    }

    private void TrackAtomicBody(SqlToken word)
    {
        if (CurrentCount == 0)
        {
            _isCreate = word.IsWord("create");
            return;
        }
        if (!_isCreate) return;
        if (word.IsWord("atomic") && _tokens[_count - 1].IsWord("begin")) _atomicDepth++;
        else if (_atomicDepth > 0 && word.IsWord("case")) _atomicDepth++;
        else if (_atomicDepth > 0 && word.IsWord("end")) _atomicDepth--;
    }

    private static bool IsCopyFromStdin(ReadOnlySpan<SqlToken> tokens)
    {
        if (tokens.Length < 3 || !tokens[0].IsWord("copy")) return false;
        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].IsWord("from") && tokens[i + 1].IsWord("stdin")) return true;
        }
        return false;
    }

    /// <summary>
    /// Ends the current statement: its tokens are copied into an array of their own, small and short-lived like the
    /// rest of a parse (one script-sized array would land on the large-object heap and keep every token's text alive
    /// until the next full collection).
    /// </summary>
    private void Flush()
    {
        _isCreate = false;
        _atomicDepth = 0;
        if (_count == 0) return;
        var first = _tokens[0];
        var last = _tokens[_count - 1];
        var (line, column) = _lines.PositionOf(first.Offset, ref _lineHint);
        var tokens = _tokens.AsSpan(0, _count).ToArray();
        _statements.Add(new SqlStatement(_statements.Count, _source, first.Offset, last.End - first.Offset, first.Offset, line, column, tokens));
        _count = 0;
    }
}
