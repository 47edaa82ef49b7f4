namespace SchemaGate.Sql;

/// <summary>Character classes of PostgreSQL's scanner (scan.l), for the lexer's hot loop.</summary>
internal static class SqlCharacters
{
    /// <summary>Letters, <c>_</c> and every non-ASCII char may start an identifier.</summary>
    public static bool IsIdentifierStart(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c >= 0x80;

    /// <summary>Identifier chars after the first: also digits and <c>$</c>.</summary>
    public static bool IsIdentifierPart(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' || c == '$' || c >= 0x80;

    /// <summary>Dollar-quote tag chars after the first: identifier chars without <c>$</c>.</summary>
    public static bool IsTagPart(char c) => c != '$' && IsIdentifierPart(c);

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsHexDigit(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>The chars an operator is made of: <c>+ - * / &lt; &gt; = ~ ! @ # % ^ &amp; | ` ?</c>.</summary>
    public static bool IsOperatorChar(char c) => c switch
    {
        '+' or '-' or '*' or '/' or '<' or '>' or '=' or '~' or '!' or '@' or '#' or '%' or '^' or '&' or '|' or '`' or '?' => true,
        _ => false,
    };

    /// <summary>Operator chars that let a multi-char operator end in <c>+</c> or <c>-</c>.</summary>
    public static bool AllowsTrailingSign(char c) => c is '~' or '!' or '@' or '#' or '^' or '&' or '|' or '`' or '?' or '%';
}
