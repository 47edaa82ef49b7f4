namespace SchemaGate.Sql;

/// <summary>
/// Groups the lexer's tokens into statements at top-level semicolons. Strings, comments, quoted identifiers
/// and dollar-quoted bodies are single tokens, so their semicolons never split; neither do semicolons inside
/// parentheses (as in psql: the commands of <c>CREATE RULE ... DO ALSO (cmd; cmd)</c>). In
/// <c>CREATE FUNCTION/PROCEDURE ... BEGIN ATOMIC ... END</c> the semicolons of the body do not split either
/// (BEGIN ATOMIC opens a level, CASE inside it opens another, END closes one). A psql meta-command forms its
/// own statement, and so do the data rows after <c>COPY ... FROM STDIN;</c>. What decides a split is read from the raw
/// tokens, so with <c>relexTokens</c> no token is materialised: the statements hold their range and token count only
/// (<see cref="RelexedTokens"/>).
/// </summary>
internal sealed class StatementSplitter
{
    private readonly string _source;
    private readonly LineMap _lines;
    private readonly SqlLexer _lexer;
    private readonly SqlTokenText? _text;
    private readonly List<SqlComment> _comments = [];
    private readonly List<SqlStatement> _statements = [];
    private SqlToken[] _tokens = new SqlToken[256];
    private int _count;
    private RawToken _first;
    private RawToken _last;
    private bool _isCreate;
    private bool _isCopy;
    private bool _fromStdin;
    private int _atomicDepth;
    private int _parenDepth;
    private int _lineHint;

    public StatementSplitter(string source, LineMap lines, bool relexTokens = false)
    {
        _source = source;
        _lines = lines;
        _lexer = new SqlLexer(source, lines);
        _text = relexTokens ? null : new SqlTokenText(source);
    }

    /// <summary>Adds a token to the statement being read (the buffer of materialised tokens is reused from one statement to the next).</summary>
    private void Add(RawToken raw)
    {
        if (_count == 0) _first = raw;
        _last = raw;
        if (_text is not null)
        {
            if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
            _tokens[_count] = _text.Materialize(raw);
        }
        _count++;
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
                    Add(raw);
                    Flush();
                    break;
                case SqlTokenKind.Semicolon when _atomicDepth > 0 || _parenDepth > 0:
                    Add(raw);
                    break;
                case SqlTokenKind.Semicolon:
                    var copyFromStdin = _isCopy && _fromStdin;
                    Flush();
                    if (copyFromStdin && _lexer.NextCopyData(out var data))
                    {
                        Add(data);
                        Flush();
                    }
                    break;
                default:
                    if (raw.Kind == SqlTokenKind.Word) Track(raw);
                    else if (raw.Kind == SqlTokenKind.Punctuation && raw.Length == 1) TrackParenthesis(_source[raw.Offset]);
                    Add(raw);
                    break;
            }
        }
        Flush();
        return (_statements, _comments, _lexer.Errors);
    }

    /// <summary>
    /// Follows the words that change where the statement ends: a CREATE's BEGIN ATOMIC body (CASE inside it opens a level,
    /// END closes one), and <c>COPY ... FROM STDIN</c> (data rows follow its semicolon). Called before the word is added.
    /// </summary>
    private void Track(RawToken word)
    {
        if (_count == 0)
        {
            _isCreate = IsWord(word, "create");
            _isCopy = IsWord(word, "copy");
            return;
        }
        if (_isCopy && _count >= 2 && IsWord(word, "stdin") && IsWord(_last, "from")) _fromStdin = true;
        if (!_isCreate) return;
        if (IsWord(word, "atomic") && IsWord(_last, "begin")) _atomicDepth++;
        else if (_atomicDepth > 0 && IsWord(word, "case")) _atomicDepth++;
        else if (_atomicDepth > 0 && IsWord(word, "end")) _atomicDepth--;
    }

    /// <summary>
    /// As psql: a semicolon inside parentheses does not end the statement (<c>CREATE RULE ... DO (cmd; cmd)</c>); a
    /// closing parenthesis without an opening one is ignored.
    /// </summary>
    private void TrackParenthesis(char c)
    {
        if (c == '(') _parenDepth++;
        else if (c == ')' && _parenDepth > 0) _parenDepth--;
    }

    /// <summary><see cref="SqlToken.IsWord"/> of a raw token.</summary>
    private bool IsWord(RawToken token, string lowerKeyword) =>
        token.Kind == SqlTokenKind.Word && _source.AsSpan(token.Offset, token.Length).Equals(lowerKeyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Ends the current statement: its tokens are copied into an array of their own, small and short-lived like the
    /// rest of a parse (one script-sized array would land on the large-object heap and keep every token's text alive
    /// until the next full collection); or, relexing, it keeps its range and token count only.
    /// </summary>
    private void Flush()
    {
        _isCreate = false;
        _isCopy = false;
        _fromStdin = false;
        _atomicDepth = 0;
        _parenDepth = 0;
        if (_count == 0) return;
        var (line, column) = _lines.PositionOf(_first.Offset, ref _lineHint);
        var length = _last.End - _first.Offset;
        _statements.Add(_text is null
            ? new SqlStatement(_statements.Count, _source, _first.Offset, length, line, column, _count,
                isPsqlMeta: _count == 1 && _first.Kind == SqlTokenKind.PsqlMeta)
            : new SqlStatement(_statements.Count, _source, _first.Offset, length, _first.Offset, line, column, _tokens.AsSpan(0, _count).ToArray()));
        _count = 0;
    }
}
