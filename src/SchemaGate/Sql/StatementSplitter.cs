using System.Buffers;

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
    private readonly List<Pending> _pending = [];
    private SqlToken[] _tokens;
    private int _count;
    private int _statementStart;
    private bool _isCreate;
    private int _atomicDepth;
    private int _lineHint;

    public StatementSplitter(string source, LineMap lines)
    {
        _source = source;
        _lines = lines;
        _lexer = new SqlLexer(source, lines);
        _text = new SqlTokenText(source);
        _tokens = ArrayPool<SqlToken>.Shared.Rent(Math.Max(256, source.Length / 6));
    }

    /// <summary>A statement found, before the script's tokens are copied into their final array.</summary>
    private readonly record struct Pending(int FirstToken, int TokenCount, int Offset, int Length, int Line, int Column);

    private int CurrentCount => _count - _statementStart;

    private void Add(SqlToken token)
    {
        if (_count == _tokens.Length)
        {
            var bigger = ArrayPool<SqlToken>.Shared.Rent(_tokens.Length * 2);
            _tokens.AsSpan(0, _count).CopyTo(bigger);
            ArrayPool<SqlToken>.Shared.Return(_tokens, clearArray: true);
            _tokens = bigger;
        }
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
                    var copyFromStdin = IsCopyFromStdin(_tokens.AsSpan(_statementStart, CurrentCount));
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
        return (Statements(), _comments, _lexer.Errors);
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

    private void Flush()
    {
        _isCreate = false;
        _atomicDepth = 0;
        if (CurrentCount == 0) return;
        var first = _tokens[_statementStart];
        var last = _tokens[_count - 1];
        var (line, column) = _lines.PositionOf(first.Offset, ref _lineHint);
        _pending.Add(new Pending(_statementStart, CurrentCount, first.Offset, last.End - first.Offset, line, column));
        _statementStart = _count;
    }

    /// <summary>
    /// Copies the script's tokens once into one array of the exact size (for a large script a single large-object-heap
    /// array that the GC never moves) and gives each statement its slice of it.
    /// </summary>
    private List<SqlStatement> Statements()
    {
        var all = _count == 0 ? [] : _tokens.AsSpan(0, _count).ToArray();
        ArrayPool<SqlToken>.Shared.Return(_tokens, clearArray: true);
        _tokens = [];
        var statements = new List<SqlStatement>(_pending.Count);
        foreach (var p in _pending)
        {
            statements.Add(new SqlStatement(statements.Count, _source, p.Offset, p.Length, p.Offset, p.Line, p.Column,
                new ArraySegment<SqlToken>(all, p.FirstToken, p.TokenCount)));
        }
        return statements;
    }
}
