using static SchemaGate.Sql.SqlCharacters;

namespace SchemaGate.Sql;

/// <summary>
/// PostgreSQL's lexical rules as a pull scanner. It never throws: anything it cannot close runs to the
/// end of the input and is recorded as an <see cref="SqlLexError"/> at the position where it opened.
/// </summary>
public sealed class SqlLexer
{
    private readonly string _source;
    private readonly LineMap? _lines;
    private readonly List<SqlLexError> _errors = [];
    private int _position;

    internal SqlLexer(string source, LineMap lines)
    {
        _source = source;
        _lines = lines;
    }

    /// <summary>
    /// A lexer that starts at <paramref name="start"/>, a token's start, to lex a statement again (tokens depend only on the
    /// text from where they start). Its errors were recorded when the whole script was lexed, so it records none.
    /// </summary>
    internal SqlLexer(string source, int start)
    {
        _source = source;
        _position = start;
    }

    internal IReadOnlyList<SqlLexError> Errors => _errors;

    /// <summary>Every token of <paramref name="source"/>, trivia included, in order.</summary>
    public static IReadOnlyList<SqlToken> Tokenize(string source)
    {
        var lexer = new SqlLexer(source, LineMap.Build(source));
        var text = new SqlTokenText(source);
        var tokens = new List<SqlToken>();
        while (lexer.Next(out var raw)) tokens.Add(text.Materialize(raw));
        return tokens;
    }

    /// <summary>The next token, or false at the end of the input.</summary>
    internal bool Next(out RawToken token)
    {
        var s = _source;
        var start = _position;
        if (start >= s.Length)
        {
            token = default;
            return false;
        }

        var c = s[start];
        var next = start + 1 < s.Length ? s[start + 1] : '\0';
        SqlTokenKind kind;
        int end;
        switch (c)
        {
            case ' ' or '\t' or '\n' or '\r' or '\f' or '\v':
                kind = SqlTokenKind.Whitespace;
                end = start + 1;
                while (end < s.Length && IsWhitespace(s[end])) end++;
                break;
            case '-' when next == '-':
                kind = SqlTokenKind.LineComment;
                end = EndOfLine(start + 2);
                break;
            case '/' when next == '*':
                kind = SqlTokenKind.BlockComment;
                end = ScanBlockComment(start);
                break;
            case '\'':
                kind = SqlTokenKind.String;
                end = ScanQuoted(start, start, '\'', backslashEscapes: false);
                break;
            case '"':
                kind = SqlTokenKind.QuotedIdentifier;
                end = ScanQuoted(start, start, '"', backslashEscapes: false);
                break;
            case '$':
                (kind, end) = ScanDollar(start);
                break;
            case ';':
                kind = SqlTokenKind.Semicolon;
                end = start + 1;
                break;
            case '(' or ')' or '[' or ']' or ',':
                kind = SqlTokenKind.Punctuation;
                end = start + 1;
                break;
            case '.' when IsDigit(next):
                kind = SqlTokenKind.Number;
                end = ScanNumber(start);
                break;
            case ':' when next is ':' or '=':
                kind = SqlTokenKind.Operator;
                end = start + 2;
                break;
            case '\\':
                kind = SqlTokenKind.PsqlMeta;
                end = EndOfLine(start + 1);
                break;
            case >= '0' and <= '9':
                kind = SqlTokenKind.Number;
                end = ScanNumber(start);
                break;
            default:
                if (IsIdentifierStart(c)) (kind, end) = ScanWordOrPrefixedLiteral(start, c, next);
                else if (IsOperatorChar(c)) (kind, end) = (SqlTokenKind.Operator, ScanOperator(start));
                else (kind, end) = (SqlTokenKind.Punctuation, start + 1);
                break;
        }

        _position = end;
        token = new RawToken(kind, start, end - start);
        return true;
    }

    /// <summary>
    /// Called after <c>COPY ... FROM STDIN;</c>: the rows that follow (up to and including a line <c>\.</c>,
    /// or the end of the input) are data, not SQL. Returns them as one <see cref="SqlTokenKind.PsqlMeta"/> token.
    /// </summary>
    internal bool NextCopyData(out RawToken token)
    {
        var s = _source;
        var start = _position;
        var p = start;
        while (p < s.Length && s[p] is ' ' or '\t') p++;
        if (p < s.Length && s[p] == '\r') start = p + (p + 1 < s.Length && s[p + 1] == '\n' ? 2 : 1);
        else if (p < s.Length && s[p] == '\n') start = p + 1;

        var end = s.Length;
        var line = start;
        while (line < s.Length)
        {
            var eol = EndOfLine(line);
            if (eol - line == 2 && s[line] == '\\' && s[line + 1] == '.')
            {
                end = eol;
                break;
            }
            line = eol < s.Length ? eol + (s[eol] == '\r' && eol + 1 < s.Length && s[eol + 1] == '\n' ? 2 : 1) : eol;
        }

        if (start >= s.Length)
        {
            _position = s.Length;
            token = default;
            return false;
        }
        _position = end;
        token = new RawToken(SqlTokenKind.PsqlMeta, start, end - start);
        return true;
    }

    private int EndOfLine(int from)
    {
        var hit = _source.AsSpan(from).IndexOfAny('\r', '\n');
        return hit < 0 ? _source.Length : from + hit;
    }

    private int ScanBlockComment(int start)
    {
        var s = _source;
        var depth = 1;
        var p = start + 2;
        while (true)
        {
            var hit = s.AsSpan(p).IndexOfAny('*', '/');
            if (hit < 0) break;
            p += hit;
            if (p + 1 >= s.Length) break;
            if (s[p] == '*' && s[p + 1] == '/')
            {
                p += 2;
                if (--depth == 0) return p;
            }
            else if (s[p] == '/' && s[p + 1] == '*')
            {
                p += 2;
                depth++;
            }
            else
            {
                p++;
            }
        }
        Fail("unterminated block comment", start);
        return s.Length;
    }

    /// <summary>
    /// Scans a quoted string or identifier whose opening quote is at <paramref name="quoteAt"/>; a doubled
    /// quote stands for itself, and with <paramref name="backslashEscapes"/> a backslash escapes the next char.
    /// </summary>
    private int ScanQuoted(int start, int quoteAt, char quote, bool backslashEscapes)
    {
        var s = _source;
        var p = quoteAt + 1;
        while (true)
        {
            var rest = s.AsSpan(p);
            var hit = backslashEscapes ? rest.IndexOfAny(quote, '\\') : rest.IndexOf(quote);
            if (hit < 0) break;
            p += hit;
            if (s[p] == '\\')
            {
                p += 2;
                if (p >= s.Length) break;
                continue;
            }
            if (p + 1 < s.Length && s[p + 1] == quote)
            {
                p += 2;
                continue;
            }
            return p + 1;
        }
        Fail(quote == '"' ? "unterminated quoted identifier" : "unterminated quoted string", start);
        return s.Length;
    }

    private (SqlTokenKind, int) ScanDollar(int start)
    {
        var s = _source;
        var p = start + 1;
        if (p < s.Length && IsDigit(s[p]))
        {
            while (p < s.Length && IsDigit(s[p])) p++;
            return (SqlTokenKind.Parameter, p);
        }
        if (p < s.Length && s[p] != '$')
        {
            if (!IsIdentifierStart(s[p])) return (SqlTokenKind.Punctuation, start + 1);
            while (p < s.Length && IsTagPart(s[p])) p++;
            if (p >= s.Length || s[p] != '$') return (SqlTokenKind.Punctuation, start + 1);
        }
        if (p >= s.Length) return (SqlTokenKind.Punctuation, start + 1);

        var bodyStart = p + 1;
        var tag = s.AsSpan(start, bodyStart - start);
        var hit = s.AsSpan(bodyStart).IndexOf(tag);
        if (hit >= 0) return (SqlTokenKind.DollarString, bodyStart + hit + tag.Length);
        Fail($"unterminated dollar-quoted string {tag}", start);
        return (SqlTokenKind.DollarString, s.Length);
    }

    private int ScanNumber(int start)
    {
        var s = _source;
        var p = start;
        if (s[p] == '0' && p + 2 < s.Length && (s[p + 1] | 0x20) is 'x' or 'o' or 'b' && IsHexDigit(s[p + 2]))
        {
            p += 2;
            while (p < s.Length && (IsHexDigit(s[p]) || s[p] == '_')) p++;
            return p;
        }
        while (p < s.Length && (IsDigit(s[p]) || s[p] == '_')) p++;
        if (p < s.Length && s[p] == '.' && !(p + 1 < s.Length && s[p + 1] == '.'))
        {
            p++;
            while (p < s.Length && (IsDigit(s[p]) || s[p] == '_')) p++;
        }
        if (p < s.Length && (s[p] | 0x20) == 'e')
        {
            var q = p + 1;
            if (q < s.Length && s[q] is '+' or '-') q++;
            if (q < s.Length && IsDigit(s[q]))
            {
                p = q;
                while (p < s.Length && IsDigit(s[p])) p++;
            }
        }
        return p;
    }

    private (SqlTokenKind, int) ScanWordOrPrefixedLiteral(int start, char c, char next)
    {
        if (next == '\'')
        {
            switch (c | 0x20)
            {
                case 'e':
                    return (SqlTokenKind.String, ScanQuoted(start, start + 1, '\'', backslashEscapes: true));
                case 'b' or 'x' or 'n':
                    return (SqlTokenKind.String, ScanQuoted(start, start + 1, '\'', backslashEscapes: false));
            }
        }
        else if ((c | 0x20) == 'u' && next == '&' && start + 2 < _source.Length && _source[start + 2] is '\'' or '"')
        {
            var quote = _source[start + 2];
            var kind = quote == '"' ? SqlTokenKind.QuotedIdentifier : SqlTokenKind.String;
            return (kind, ScanQuoted(start, start + 2, quote, backslashEscapes: false));
        }

        var s = _source;
        var p = start + 1;
        while (p < s.Length && IsIdentifierPart(s[p])) p++;
        return (SqlTokenKind.Word, p);
    }

    /// <summary>
    /// An operator is the longest run of operator chars, cut before any <c>--</c> or <c>/*</c> inside it; a
    /// multi-char operator may end in <c>+</c> or <c>-</c> only if it holds one of <c>~ ! @ # % ^ &amp; | ` ?</c>
    /// (so <c>=-1</c> is <c>=</c> then <c>-</c>), as PostgreSQL decides.
    /// </summary>
    private int ScanOperator(int start)
    {
        var s = _source;
        var p = start + 1;
        while (p < s.Length && IsOperatorChar(s[p]))
        {
            if ((s[p] == '-' && s[p - 1] == '-') || (s[p] == '*' && s[p - 1] == '/'))
            {
                p--;
                break;
            }
            p++;
        }
        var length = p - start;
        if (length > 1 && s[p - 1] is '+' or '-')
        {
            var allowed = false;
            for (var i = start; i < p - 1 && !allowed; i++) allowed = AllowsTrailingSign(s[i]);
            if (!allowed)
            {
                do length--;
                while (length > 1 && s[start + length - 1] is '+' or '-');
            }
        }
        return start + length;
    }

    private void Fail(string what, int offset)
    {
        if (_lines is null) return;
        var (line, column) = _lines.PositionOf(offset);
        _errors.Add(new SqlLexError($"{what} (opened at line {line}, column {column})", offset, line, column));
    }
}
