using System.Collections;

namespace SchemaGate.Sql;

/// <summary>
/// The tokens of one statement of a large script, lexed again from the script's source as they are asked for, so a
/// parsed script does not hold millions of tokens. Most passes over a script read only a statement's first words
/// (is it a CREATE, an ALTER, a COPY?), so tokens are lexed a few at a time, the lexed run doubling as reads go
/// further; a full walk lexes each token once. The statement's range holds no top-level semicolon (the splitter ends
/// statements there), so every token from its first to <c>end</c> is the statement's, BEGIN ATOMIC bodies' semicolons
/// included. A psql meta-command or COPY data statement is one token spanning the range (the lexer cannot tell COPY data
/// from SQL on its own): that token is rebuilt from the range, and only when read, since COPY data may be megabytes.
/// Reads may come from several threads: lexing is serialised, and a published token never changes.
/// </summary>
internal sealed class RelexedTokens : IReadOnlyList<SqlToken>
{
    private const int FirstRun = 8;

    private readonly string _source;
    private readonly int _start;
    private readonly int _end;
    private readonly bool _psqlMeta;
    private readonly SqlLexer _lexer;
    private readonly SqlTokenText _text;
    private SqlToken[] _tokens;
    private int _lexed;

    /// <param name="start">The statement's first token.</param>
    /// <param name="end">Just past its last token.</param>
    /// <param name="count">How many tokens (no trivia) the statement holds, as the splitter counted them.</param>
    /// <param name="psqlMeta">The statement is one psql meta-command or COPY data token.</param>
    public RelexedTokens(string source, int start, int end, int count, bool psqlMeta)
    {
        _source = source;
        _start = start;
        _end = end;
        _psqlMeta = psqlMeta;
        Count = psqlMeta ? 1 : count;
        _lexer = new SqlLexer(source, start);
        _text = new SqlTokenText(source, slots: 64);
        _tokens = new SqlToken[Math.Min(count, FirstRun)];
    }

    public int Count { get; }

    public SqlToken this[int index]
    {
        get
        {
            // The array is published before the count that covers it, so reading the count first is enough.
            if ((uint)index < (uint)Volatile.Read(ref _lexed)) return Volatile.Read(ref _tokens)[index];
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            LexThrough(index);
            return Volatile.Read(ref _tokens)[index];
        }
    }

    public IEnumerator<SqlToken> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void LexThrough(int index)
    {
        lock (_lexer)
        {
            var lexed = _lexed;
            if (index < lexed) return;
            var wanted = Math.Min(Count, Math.Max(index + 1, lexed * 2));
            var tokens = _tokens;
            if (wanted > tokens.Length)
            {
                tokens = new SqlToken[Math.Min(Count, Math.Max(wanted, tokens.Length * 2))];
                Array.Copy(_tokens, tokens, lexed);
            }
            if (_psqlMeta) tokens[lexed++] = new SqlToken(SqlTokenKind.PsqlMeta, _start, _end - _start, _source.Substring(_start, _end - _start));
            while (lexed < wanted)
            {
                if (!_lexer.Next(out var raw) || raw.Offset >= _end)
                    throw new InvalidOperationException($"Lexing the statement again gave {lexed} tokens before its end; the splitter counted {Count}.");
                if (raw.Kind is SqlTokenKind.Whitespace or SqlTokenKind.LineComment or SqlTokenKind.BlockComment) continue;
                tokens[lexed++] = _text.Materialize(raw);
            }
            Volatile.Write(ref _tokens, tokens);
            Volatile.Write(ref _lexed, lexed);
        }
    }
}
