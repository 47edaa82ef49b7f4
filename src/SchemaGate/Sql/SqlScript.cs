namespace SchemaGate.Sql;

/// <summary>
/// A SQL script split into statements, with its comments and the lexical errors found. Parsing never
/// throws; a script with errors still yields the statements up to (and including) the unclosed token.
/// </summary>
public sealed record SqlScript(string Source, IReadOnlyList<SqlStatement> Statements,
    IReadOnlyList<SqlComment> Comments, IReadOnlyList<SqlLexError> Errors)
{
    private LineMap? _lines;

    /// <summary>
    /// Scripts longer than this (in UTF-16 chars) keep no tokens: their statements lex them again when asked for
    /// (<see cref="RelexedTokens"/>). Tokens take some three times the memory of the text (a 50 MB script: 300 MB of tokens
    /// next to its 100 MB string); smaller scripts keep theirs, since the analyses read every statement's tokens several times.
    /// </summary>
    internal const int RelexAbove = 4 * 1024 * 1024;

    public static SqlScript Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(source, relexTokens: source.Length > RelexAbove);
    }

    /// <summary>Parses with the statements' tokens kept (false) or lexed again when asked for (true), whatever the size.</summary>
    internal static SqlScript Parse(string source, bool relexTokens)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = LineMap.Build(source);
        var (statements, comments, errors) = new StatementSplitter(source, lines, relexTokens).Split();
        return new SqlScript(source, statements, comments, errors) { _lines = lines };
    }

    /// <summary>The 1-based line and column (UTF-16 chars) of any offset in <see cref="Source"/>; offsets outside are clamped.</summary>
    public (int Line, int Column) PositionOf(int offset) => (_lines ??= LineMap.Build(Source)).PositionOf(offset);

    /// <summary>The statement whose tokens span <paramref name="offset"/>, or null when it falls between statements.</summary>
    public SqlStatement? StatementAt(int offset)
    {
        int lo = 0, hi = Statements.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var statement = Statements[mid];
            if (offset < statement.Offset) hi = mid - 1;
            else if (offset >= statement.End) lo = mid + 1;
            else return statement;
        }
        return null;
    }
}
