namespace SchemaGate.Sql;

/// <summary>What a <see cref="SqlToken"/> is, following PostgreSQL's lexical rules.</summary>
public enum SqlTokenKind
{
    Whitespace,
    /// <summary><c>-- ...</c> up to (not including) the end of the line.</summary>
    LineComment,
    /// <summary><c>/* ... */</c>, nesting allowed.</summary>
    BlockComment,
    /// <summary>A keyword or unquoted identifier.</summary>
    Word,
    /// <summary><c>"..."</c> or <c>U&amp;"..."</c>.</summary>
    QuotedIdentifier,
    /// <summary><c>'...'</c>, <c>E'...'</c>, <c>U&amp;'...'</c>, <c>B'...'</c>, <c>X'...'</c>, <c>N'...'</c>.</summary>
    String,
    /// <summary><c>$$...$$</c> or <c>$tag$...$tag$</c>.</summary>
    DollarString,
    Number,
    /// <summary>A positional parameter such as <c>$1</c>.</summary>
    Parameter,
    /// <summary>An operator such as <c>=</c>, <c>::</c>, <c>-&gt;&gt;</c>, <c>:=</c>.</summary>
    Operator,
    /// <summary><c>( ) [ ] , . :</c> and any character PostgreSQL would reject.</summary>
    Punctuation,
    Semicolon,
    /// <summary>A psql backslash meta-command up to the end of its line, or the data block of <c>COPY ... FROM STDIN</c>.</summary>
    PsqlMeta,
}
